package se.tertial.read;

/**
 * What a file is, judged by its first bytes and (for ZIP files) its entry names, never its name.
 */
enum InputFormat {
  EMPTY,
  XLSX,
  /** An .xlsx saved as "Strict Open XML Spreadsheet", which POI does not read. */
  XLSX_STRICT,
  /** A binary Excel workbook (.xlsb): a ZIP with {@code xl/workbook.bin}. */
  XLSB,
  /** An OLE2 file with a workbook stream: Excel 97–2003 (.xls, BIFF8). */
  XLS,
  /** An OLE2 file with {@code EncryptionInfo}: a password-protected workbook. */
  ENCRYPTED,
  NUMBERS,
  ODS,
  /** Plain text that looks like CSV: the user gave one file instead of the folder. */
  CSV_FILE,
  /** A ZIP or OLE2 file that cannot be opened at all. */
  CORRUPT,
  OTHER
}
