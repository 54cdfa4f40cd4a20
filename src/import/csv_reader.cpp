// CsvReader: a streaming RFC 4180 reader that remembers where each record starts.
//
// Beyond RFC 4180 the reader is lenient, as most readers are, so that a
// malformed row still arrives as a record the importer can reject with its raw
// text, instead of derailing the rest of the file:
// - A quote inside an unquoted field is kept literally: `ab"c` reads `ab"c`.
//   A field is quoted only if the quote is its first byte, so ` "a"` (with a
//   leading space) reads ` "a"`.
// - Bytes between a closing quote and the next delimiter or line end are
//   appended literally, and quotes among them are literal: `"abc"x,` reads
//   `abcx`, `"a"b"c",` reads `ab"c"`.
// - A quote still open at the end of the input ends the record there, holding
//   everything read, with `unterminated_quote` set.
// - A line holding only spaces and tabs is blank and skipped, like an empty
//   one; with a tab delimiter that includes a row of nothing but empty fields.
#include "import/csv_reader.h"

#include <cstring>

namespace crampwatch::importer {
namespace {

constexpr char kQuote = '"';
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr std::size_t kByteOrderMarkSize = sizeof kByteOrderMark - 1;

// Hands out the next field, reusing the string (and its capacity) that an
// earlier record left at that index: reallocating every field of every row
// would dominate the cost of reading a large file.
std::string& StartField(std::vector<std::string>& fields, std::size_t& count) {
  if (count < fields.size()) {
    fields[count].clear();
  } else {
    fields.emplace_back();
  }
  return fields[count++];
}

bool IsBlank(const std::string& raw) { return raw.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

CsvReader::CsvReader(ByteSource& source, char delimiter)
    : source_(source), delimiter_(delimiter), buffer_(kBufferSize) {}

bool CsvReader::Next(CsvRecord& record) {
  if (at_start_) SkipByteOrderMark();
  // Blank lines are read as records and dropped here: whether spaces are a
  // blank line or the start of a field is only known at the line end, which
  // may lie several buffers ahead.
  while (ReadRecord(record)) {
    if (!IsBlank(record.raw)) return true;
  }
  return false;
}

bool CsvReader::ReadRecord(CsvRecord& record) {
  if (position_ == end_ && !FillBuffer()) return false;
  if (pending_cr_) {
    // The CR that ended the previous record was the last byte of a buffer;
    // an LF after it is the rest of the same line end.
    pending_cr_ = false;
    if (buffer_[position_] == '\n') {
      ++position_;
      if (position_ == end_ && !FillBuffer()) return false;
    }
  }

  record.line = line_;
  record.raw.clear();
  record.unterminated_quote = false;
  std::size_t count = 0;
  std::string* field = &StartField(record.fields, count);
  State state = State::kFieldStart;
  const char delimiter = delimiter_;
  const char* const data = buffer_.data();
  // The record's bytes are copied to `raw` a buffer at a time, from here.
  std::size_t raw_from = position_;

  for (;;) {
    if (position_ == end_) {
      record.raw.append(data + raw_from, position_ - raw_from);
      if (!FillBuffer()) {
        record.unterminated_quote = state == State::kQuoted;
        record.fields.resize(count);
        return true;
      }
      raw_from = position_;
      if (pending_cr_) {
        // Only a quoted field leaves a CR pending inside a record.
        pending_cr_ = false;
        if (data[position_] == '\n') {
          field->push_back('\n');
          ++position_;
          continue;
        }
      }
    }
    const char* const begin = data + position_;
    const char* const limit = data + end_;
    const char* p = begin;
    switch (state) {
      case State::kFieldStart:
        if (*p == kQuote) {
          ++position_;
          state = State::kQuoted;
          break;
        }
        state = State::kUnquoted;
        [[fallthrough]];
      case State::kUnquoted:
        while (p != limit && *p != delimiter && *p != '\n' && *p != '\r') ++p;
        field->append(begin, static_cast<std::size_t>(p - begin));
        position_ = static_cast<std::size_t>(p - data);
        if (p == limit) break;
        if (*p == delimiter) {
          ++position_;
          field = &StartField(record.fields, count);
          state = State::kFieldStart;
          break;
        }
        EndRecordAtLineEnd(record.raw, raw_from);
        record.fields.resize(count);
        return true;
      case State::kQuoted:
        // Line breaks stay in the value, but each still counts as a line.
        for (;;) {
          while (p != limit && *p != kQuote && *p != '\n' && *p != '\r') ++p;
          if (p == limit || *p == kQuote) break;
          ++line_;
          if (*p++ == '\r') {
            if (p == limit) {
              pending_cr_ = true;
            } else if (*p == '\n') {
              ++p;
            }
          }
        }
        field->append(begin, static_cast<std::size_t>(p - begin));
        position_ = static_cast<std::size_t>(p - data);
        if (p != limit) {
          ++position_;
          state = State::kQuoteInQuoted;
        }
        break;
      case State::kQuoteInQuoted:
        if (*p == kQuote) {
          field->push_back(kQuote);
          ++position_;
          state = State::kQuoted;
        } else if (*p == delimiter) {
          ++position_;
          field = &StartField(record.fields, count);
          state = State::kFieldStart;
        } else if (*p == '\n' || *p == '\r') {
          EndRecordAtLineEnd(record.raw, raw_from);
          record.fields.resize(count);
          return true;
        } else {
          state = State::kUnquoted;  // lenient: see the top of this file
        }
        break;
    }
  }
}

void CsvReader::EndRecordAtLineEnd(std::string& raw, std::size_t raw_from) {
  raw.append(buffer_.data() + raw_from, position_ - raw_from);
  ++line_;
  if (buffer_[position_++] == '\r') {
    if (position_ == end_) {
      pending_cr_ = true;  // the LF, if any, is in the next buffer
    } else if (buffer_[position_] == '\n') {
      ++position_;
    }
  }
}

void CsvReader::SkipByteOrderMark() {
  at_start_ = false;
  // The mark may arrive split over several reads.
  while (end_ - position_ < kByteOrderMarkSize && FillBuffer()) {
  }
  if (end_ - position_ >= kByteOrderMarkSize &&
      std::memcmp(buffer_.data() + position_, kByteOrderMark, kByteOrderMarkSize) == 0) {
    position_ += kByteOrderMarkSize;
  }
}

bool CsvReader::FillBuffer() {
  if (at_end_) return false;
  std::size_t kept = end_ - position_;
  std::memmove(buffer_.data(), buffer_.data() + position_, kept);
  position_ = 0;
  end_ = kept;
  std::size_t count = source_.Read(buffer_.data() + end_, buffer_.size() - end_);
  if (count == 0) {
    at_end_ = true;
    return false;
  }
  end_ += count;
  bytes_read_ += static_cast<std::int64_t>(count);
  return true;
}

}  // namespace crampwatch::importer
