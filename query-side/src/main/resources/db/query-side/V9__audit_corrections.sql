-- A correction names the event it corrects; the trail shows the two as a pair.
ALTER TABLE audit_entry ADD COLUMN corrects VARCHAR(255);
