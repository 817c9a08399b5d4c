/**
 * Locates the shared data folder of real test photos ({@link org.kyc4j.testdata.DataFolder}) and
 * names its data sets ({@link org.kyc4j.testdata.DataSet}). It depends on nothing outside
 * {@code java.base}, so the command line can use it without any test library.
 */
module org.kyc4j.testdata {
  exports org.kyc4j.testdata;
}
