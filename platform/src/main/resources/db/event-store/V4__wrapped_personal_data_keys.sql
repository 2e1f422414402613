-- Envelope encryption for the crypto-shredding keys: a data key may be stored wrapped (AES-GCM)
-- under a master key named here; NULL means stored as is (a service with no master key set).
ALTER TABLE personal_data_key ADD COLUMN wrapped_by VARCHAR(64);
