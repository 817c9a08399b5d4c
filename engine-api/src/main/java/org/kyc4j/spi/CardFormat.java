package org.kyc4j.spi;

/**
 * The ISO/IEC 7810 sizes an identity document comes in, with the width and height of the card or
 * passport data page in millimetres. ID-1 is the bank-card size of most identity cards, ID-3 the
 * passport data page (ICAO 9303 TD3; TD2 documents and MRV-B visas are ID-2 size, MRV-A visas about ID-3).
 */
public enum CardFormat {
  /** 85.60 x 53.98 mm, aspect about 1.586 (TD1 identity cards, most national ID cards). */
  ID1(85.60, 53.98),
  /** 105 x 74 mm, aspect about 1.419 (TD2 documents). */
  ID2(105.0, 74.0),
  /** 125 x 88 mm, aspect about 1.420 (TD3 passport data pages). */
  ID3(125.0, 88.0);

  private final double widthMm;
  private final double heightMm;

  CardFormat(double widthMm, double heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** Returns the width in millimetres. */
  public double widthMm() {
    return widthMm;
  }

  /** Returns the height in millimetres. */
  public double heightMm() {
    return heightMm;
  }

  /** Returns width over height. */
  public double aspect() {
    return widthMm / heightMm;
  }
}
