package org.projectledger.command.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mpxj.ProjectFile;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraPMFileReader;
import org.mpxj.primavera.PrimaveraXERFileReader;
import org.mpxj.reader.ProjectReader;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded plan file, recognised by its first bytes, never by what it claims to be: only the
 * formats the README lists, each read by its own MPXJ reader, in memory (nothing is written to
 * disk). A zip is opened one level deep, for one plan file of at most {@value #UNPACKED_LIMIT}
 * bytes; a zip inside it, a database (SQLite, Access) or anything else is refused before any reader
 * sees it. A reader's own error stays in the log: the answer says only that the file could not be
 * read.
 */
final class PlanUpload {

  /** The most a zipped plan may unpack to. */
  static final int UNPACKED_LIMIT = 20 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(PlanUpload.class);

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** The formats read, each with its reader. */
  enum Format {
    MPP,
    MSPDI,
    XER,
    PMXML,
    CSV;

    ProjectReader reader() {
      return switch (this) {
        case MPP -> new MPPReader();
        case MSPDI -> new MSPDIReader();
        case XER -> new PrimaveraXERFileReader();
        case PMXML -> new PrimaveraPMFileReader();
        case CSV -> throw new IllegalStateException("A CSV is read as a spreadsheet");
      };
    }
  }

  /** A plan file's bytes (unzipped where it came zipped) and the format they were recognised as. */
  record Recognised(String fileName, Format format, byte[] bytes) {}

  private PlanUpload() {}

  /**
   * What the upload is, by its first bytes; a zip is opened (one level) and its file recognised.
   */
  static Recognised recognise(String fileName, byte[] bytes) {
    if (startsWith(bytes, ZIP)) {
      return unzipped(fileName, bytes);
    }
    return new Recognised(fileName, formatOf(fileName, bytes), bytes);
  }

  /** Reads the recognised file with its own reader, in memory. */
  static ProjectFile read(Recognised file) {
    try (InputStream in = new ByteArrayInputStream(file.bytes())) {
      ProjectFile project = file.format().reader().read(in);
      if (project == null) {
        throw unsupported(file.fileName(), "it holds no project");
      }
      return project;
    } catch (LedgerException refusal) {
      throw refusal;
    } catch (Exception | LinkageError e) {
      LOG.warn("{} could not be read as {}", file.fileName(), file.format(), e);
      throw unsupported(file.fileName(), "it could not be read as a " + file.format() + " file");
    }
  }

  private static Format formatOf(String fileName, byte[] bytes) {
    if (startsWith(bytes, OLE2)) {
      return Format.MPP;
    }
    String head = head(bytes);
    if (head.startsWith("ERMHDR")) {
      return Format.XER;
    }
    if (head.startsWith("<")) {
      if (head.contains("APIBusinessObjects")) {
        return Format.PMXML;
      }
      if (head.contains("schemas.microsoft.com/project")) {
        return Format.MSPDI;
      }
      throw unsupported(fileName, "it is XML, but neither MSPDI nor Primavera PMXML");
    }
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") && isText(bytes)) {
      return Format.CSV;
    }
    throw unsupported(fileName, "it is not a plan file of a format the ledger reads");
  }

  /** One level of zip: the first file in it, unpacked to at most the limit. */
  private static Recognised unzipped(String fileName, byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
          continue;
        }
        String inner = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        byte[] content = bounded(zip, fileName);
        if (startsWith(content, ZIP)) {
          throw unsupported(fileName, "it holds another zip; the ledger opens one level only");
        }
        return new Recognised(fileName + "!" + inner, formatOf(inner, content), content);
      }
    } catch (LedgerException refusal) {
      throw refusal;
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} could not be unzipped", fileName, e);
      throw unsupported(fileName, "it is a zip that could not be opened");
    }
    throw unsupported(fileName, "it is a zip with no file in it");
  }

  private static byte[] bounded(InputStream in, String fileName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + n > UNPACKED_LIMIT) {
        throw unsupported(fileName, "it unpacks to more than 20 MB");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** The start of a text file, without a byte-order mark or leading blanks. */
  private static String head(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      head = head.substring(3);
    }
    return head.stripLeading();
  }

  private static boolean isText(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  static LedgerException unsupported(String fileName, String why) {
    return new LedgerException(
        ErrorCode.UNSUPPORTED_FILE,
        "%s cannot be imported: %s. The ledger reads Microsoft Project (.mpp, MSPDI .xml),"
                .formatted(fileName, why)
            + " Primavera P6 (.xer, PMXML), CSV, and any one of them zipped.");
  }
}
