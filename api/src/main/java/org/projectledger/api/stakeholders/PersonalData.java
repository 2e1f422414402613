package org.projectledger.api.stakeholders;

/** A stakeholder's personal data in the clear: never recorded as such, only sealed. */
public record PersonalData(String name, String email) {}
