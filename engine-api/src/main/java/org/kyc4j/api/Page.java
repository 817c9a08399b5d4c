package org.kyc4j.api;

/** A page of an identity document: the front ({@code "1"}) or the back ({@code "2"}). */
public enum Page {
  FRONT("1"),
  BACK("2");

  private final String code;

  Page(String code) {
    this.code = code;
  }

  /** Returns the page's wire code, {@code "1"} or {@code "2"}. */
  public String code() {
    return code;
  }

  /**
   * Returns the page with the given code.
   *
   * @throws IllegalArgumentException naming the allowed codes when {@code code} is unknown
   */
  public static Page ofCode(String code) {
    for (Page page : values()) {
      if (page.code.equals(code)) {
        return page;
      }
    }
    throw new IllegalArgumentException("unknown page code '" + code + "'; allowed: 1 (front), 2 (back)");
  }
}
