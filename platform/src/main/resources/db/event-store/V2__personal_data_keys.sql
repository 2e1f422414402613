-- Keys for crypto-shredding: one AES-256 key per data subject (a stakeholder). Events keep only
-- ciphertext; forgetting a subject erases its key here (secret set to NULL, shredded_at set), and
-- every copy of the personal data, in every event and export, becomes unreadable at once.
-- Shared by both sides like the event store: the command side seals, the query side opens.
CREATE TABLE personal_data_key (
    key_id      UUID  NOT NULL,
    secret      BYTEA,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    shredded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT personal_data_key_pk PRIMARY KEY (key_id)
);
