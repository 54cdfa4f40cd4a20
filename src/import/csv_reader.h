// CsvReader: a streaming RFC 4180 reader that remembers where each record starts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "import/byte_source.h"

namespace crampwatch::importer {

/// One record as read from the file.
struct CsvRecord {
  std::vector<std::string> fields;  // unquoted field values
  std::int64_t line = 0;            // physical line where the record starts (1-based)
  std::string raw;                  // the record's bytes as read, without its final line end
  bool unterminated_quote = false;  // a quoted field was still open at the end of input
};

/// Reads RFC 4180 records one at a time, in constant memory (apart from the
/// current record). Handles quoted fields holding the delimiter, doubled
/// quotes and line breaks; LF, CRLF and lone CR line ends (each counts as one
/// physical line, inside quotes too); a leading UTF-8 byte order mark; and
/// skips blank lines (empty or only spaces and tabs) between records.
/// Bytes are passed through unchanged: validating UTF-8 is the caller's job.
class CsvReader {
 public:
  /// `source` must outlive the reader.
  CsvReader(ByteSource& source, char delimiter);

  /// Reads the next record into `record` (its previous contents are replaced,
  /// reusing their capacity). Returns false at the end of input.
  bool Next(CsvRecord& record);

  /// Bytes taken from the source so far (for progress reporting).
  std::int64_t bytes_read() const { return bytes_read_; }

 private:
  // Where the parser stands inside the current record.
  enum class State {
    kFieldStart,     // nothing of this field read yet
    kUnquoted,       // inside a field that did not start with a quote
    kQuoted,         // inside a quoted field
    kQuoteInQuoted,  // just after a quote inside a quoted field: "" or the end
  };

  static constexpr std::size_t kBufferSize = 64 * 1024;

  /// Reads one record, which may be a blank line. Returns false at the end
  /// of input. The parsing rules beyond RFC 4180 are listed in csv_reader.cpp.
  bool ReadRecord(CsvRecord& record);
  /// Ends the record at the line end under position_: appends the rest of
  /// the record's bytes to `raw` and steps over the line end.
  void EndRecordAtLineEnd(std::string& raw, std::size_t raw_from);
  /// Drops a UTF-8 byte order mark at the very start of the input.
  void SkipByteOrderMark();
  /// Moves unread bytes to the front of buffer_ and reads more after them.
  /// Returns false when the source is exhausted.
  bool FillBuffer();

  ByteSource& source_;
  char delimiter_;
  std::vector<char> buffer_;  // fixed size: pointers into it stay valid
  std::size_t position_ = 0;
  std::size_t end_ = 0;
  std::int64_t bytes_read_ = 0;
  std::int64_t line_ = 1;  // physical line of the next unread byte
  bool at_start_ = true;   // a byte order mark may still follow
  bool pending_cr_ = false;  // a CR ended the buffer; an LF after it belongs to it
  bool at_end_ = false;      // the source returned 0 bytes: do not ask it again
};

}  // namespace crampwatch::importer
