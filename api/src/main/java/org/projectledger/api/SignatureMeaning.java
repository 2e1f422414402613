package org.projectledger.api;

/** What a signature means (21 CFR Part 11 §11.50(a)(3)). */
public enum SignatureMeaning {
  APPROVAL,
  REVIEW,
  RESPONSIBILITY
}
