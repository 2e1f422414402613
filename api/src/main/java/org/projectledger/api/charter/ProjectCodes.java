package org.projectledger.api.charter;

import java.util.regex.Pattern;

/** The shape of a project code, e.g. {@code PRJ-2026-014}: what both sides agree a code is. */
public final class ProjectCodes {

  /** Upper-case letters, digits and single dashes; 2 to 32 characters. */
  public static final String PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

  public static final int MAX_LENGTH = 32;

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private ProjectCodes() {}

  public static boolean isValid(String code) {
    return code != null
        && code.length() >= 2
        && code.length() <= MAX_LENGTH
        && COMPILED.matcher(code).matches();
  }
}
