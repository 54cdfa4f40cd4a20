#include "report/xlsx_workbook.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <utility>

#include "report/cell_text.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/text.h"

namespace crampwatch::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kForbiddenInSheetName = "[]:*?/\\";

std::string ErrnoText() { return std::strerror(errno); }

std::string LxwText(lxw_error error) { return lxw_strerror(error); }

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Splits `text` into characters (each its UTF-8 bytes): bytes that are not
// valid UTF-8 become U+FFFD; controls and Excel's forbidden characters '_'.
std::vector<std::string> SheetNameCharacters(std::string_view text) {
  std::vector<std::string> characters;
  while (!text.empty()) {
    const std::optional<std::size_t> invalid = FindInvalidUtf8(text);
    const std::string_view valid = text.substr(0, invalid.value_or(text.size()));
    for (std::size_t i = 0; i < valid.size();) {
      std::size_t length = 1;
      while (i + length < valid.size() && IsContinuationByte(valid[i + length])) ++length;
      std::string character(valid.substr(i, length));
      const auto byte = static_cast<unsigned char>(character[0]);
      const bool c1_control = character.size() == 2 && byte == 0xC2 &&
                              static_cast<unsigned char>(character[1]) < 0xA0;
      if (byte < 0x20 || byte == 0x7F || c1_control ||
          (length == 1 && kForbiddenInSheetName.find(character[0]) != std::string_view::npos)) {
        character = "_";
      }
      characters.push_back(std::move(character));
      i += length;
    }
    if (!invalid) break;
    characters.emplace_back(kReplacement);
    text.remove_prefix(*invalid + 1);
  }
  return characters;
}

// The longest prefix of `characters` that fits `max_units` UTF-16 units.
std::vector<std::string> CutCharacters(const std::vector<std::string>& characters,
                                       std::size_t max_units) {
  std::vector<std::string> result;
  std::size_t units = 0;
  for (const std::string& character : characters) {
    const std::size_t width = character.size() == 4 ? 2 : 1;  // beyond U+FFFF: a surrogate pair
    if (units + width > max_units) break;
    units += width;
    result.push_back(character);
  }
  return result;
}

// The longest prefix of `characters` that fits `max_units` UTF-16 units, joined.
std::string JoinWithin(const std::vector<std::string>& characters, std::size_t max_units) {
  std::string result;
  for (const std::string& character : CutCharacters(characters, max_units)) result += character;
  return result;
}

std::string FoldAsciiCase(std::string text) {
  AsciiLowerInPlace(text);
  return text;
}

}  // namespace

bool IsExcelDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

// --- XlsxWorkbook -------------------------------------------------------------

namespace {

// The folder of `final_path`, its errors named by the file.
Folder FolderOf(const std::string& final_path) {
  const std::filesystem::path path(final_path);
  try {
    return Folder::Open(path.has_parent_path() ? path.parent_path().string() : ".");
  } catch (const Error& error) {
    throw Error(ErrorKind::kCannotCreate, final_path + ": " + error.what());
  }
}

}  // namespace

XlsxWorkbook::XlsxWorkbook(const std::string& final_path)
    : XlsxWorkbook(FolderOf(final_path), std::filesystem::path(final_path).filename().string()) {}

XlsxWorkbook::XlsxWorkbook(const Folder& folder, const std::string& file_name)
    : folder_(folder.Duplicate()), file_name_(file_name), final_path_(folder.PathOf(file_name)) {
  try {
    Start();
  } catch (...) {
    if (workbook_ != nullptr) Close();
    private_folder_.reset();
    throw;
  }
}

void XlsxWorkbook::Start() {
  try {
    private_folder_ = std::make_unique<PrivateFolder>(folder_);
  } catch (const Error& error) {
    Fail(error.what());
  }
  const Folder& private_folder = private_folder_->folder();
  temporary_path_ = private_folder.PathOf(file_name_);
  // O_EXCL and O_NOFOLLOW although nobody else can enter the folder: cheap.
  const int fd = openat(private_folder.fd(), file_name_.c_str(),
                        O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) Fail("cannot create " + temporary_path_ + ": " + ErrnoText());
  // The umask may only have removed bits; fchmod makes the mode exact.
  // libxlsxwriter later truncates and rewrites this file: its mode stays.
  const bool private_mode = fchmod(fd, 0600) == 0;
  const std::string cause = private_mode ? "" : ErrnoText();
  close(fd);
  if (!private_mode) Fail("cannot make " + temporary_path_ + " private: " + cause);

  // libxlsxwriter opens its file (and makes its own temporary files) by
  // name: the descriptor's name reaches the private folder itself, whatever
  // happens to its name in the shared folder.
  lxw_tmpdir_ = private_folder.DescriptorPath();
  lxw_file_ = lxw_tmpdir_ + "/" + file_name_;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = lxw_tmpdir_.data();
  workbook_ = workbook_new_opt(lxw_file_.c_str(), &options);
  if (workbook_ == nullptr) Fail("cannot start the workbook (out of memory)");
  AddFormats();
}

XlsxWorkbook::~XlsxWorkbook() {
  try {
    // Closing writes the temporary file, the only way to free libxlsxwriter's
    // workbook and its own temporary files; the result is thrown away.
    if (workbook_ != nullptr) Close();
    private_folder_.reset();  // removes the temporary file and the folder
  } catch (...) {
    // A destructor never throws.
  }
}

void XlsxWorkbook::Fail(const std::string& cause) const {
  throw Error(ErrorKind::kCannotCreate, final_path_ + ": " + cause);
}

int XlsxWorkbook::Close() {
  lxw_workbook* workbook = workbook_;
  workbook_ = nullptr;
  return workbook_close(workbook);
}

void XlsxWorkbook::AddFormats() {
  auto add = [&] {
    lxw_format* format = workbook_add_format(workbook_);
    if (format == nullptr) Fail("cannot add formats (out of memory)");
    return format;
  };
  formats_.assign(static_cast<std::size_t>(CellFormat::kDecimal) + 1, nullptr);
  auto define = [&](CellFormat which) { return formats_[static_cast<std::size_t>(which)] = add(); };
  // Data cells: top-aligned, so that every cell of a row made tall by a
  // wrapped text starts on its first line (Excel's default is the bottom).
  // Plain text needs a format of its own for it: LibreOffice shows a cell
  // without one at the bottom whatever the workbook's default format says.
  auto define_data = [&](CellFormat which) {
    lxw_format* format = define(which);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
  };
  define_data(CellFormat::kText);
  format_set_bold(define(CellFormat::kBold));
  // Not bold: bold names need wider columns, and the fill and rule set the
  // header apart as well. Printed widths are what limit the print scale.
  lxw_format* header = define(CellFormat::kHeader);
  format_set_bg_color(header, 0xE7E6E6);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_bottom(header, LXW_BORDER_THIN);
  lxw_format* title = define(CellFormat::kTitle);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* note = define(CellFormat::kNote);
  format_set_italic(note);
  format_set_font_color(note, 0x595959);
  format_set_text_wrap(define_data(CellFormat::kWrap));
  // Numbers and dates: right-aligned one indent short of the edge, so that
  // they never run into the text of the column to their right.
  auto define_number = [&](CellFormat which, const char* number_format) {
    lxw_format* format = define_data(which);
    format_set_num_format(format, number_format);
    format_set_align(format, LXW_ALIGN_RIGHT);
    format_set_indent(format, 1);
  };
  define_number(CellFormat::kDate, "yyyy-mm-dd");
  define_number(CellFormat::kMonth, "mmm yyyy");
  define_number(CellFormat::kPercent, "0.0%");
  define_number(CellFormat::kInteger, "0");
  define_number(CellFormat::kDecimal, "0.0");
  // Conditional formats: Excel's "light red fill with dark red text" and
  // "yellow fill with dark yellow text".
  red_fill_ = add();
  format_set_bg_color(red_fill_, 0xFFC7CE);
  format_set_font_color(red_fill_, 0x9C0006);
  amber_fill_ = add();
  format_set_bg_color(amber_fill_, 0xFFEB9C);
  format_set_font_color(amber_fill_, 0x9C5700);
}

lxw_format* XlsxWorkbook::Format(CellFormat format) const {
  return formats_[static_cast<std::size_t>(format)];
}

void XlsxWorkbook::SetProperties(const WorkbookProperties& properties) {
  if (workbook_ == nullptr) Fail("SetProperties after Commit");
  property_texts_ = {SafeCellText(properties.title), SafeCellText(properties.subject),
                     SafeCellText(properties.comments), SafeCellText(properties.keywords)};
  lxw_doc_properties lxw_properties{};
  lxw_properties.title = property_texts_[0].data();
  lxw_properties.subject = property_texts_[1].data();
  lxw_properties.comments = property_texts_[2].data();
  lxw_properties.keywords = property_texts_[3].data();
  lxw_properties.author = const_cast<char*>("crampwatch");
  const lxw_error error = workbook_set_properties(workbook_, &lxw_properties);
  if (error != LXW_NO_ERROR) Fail("cannot set the document properties: " + LxwText(error));
}

XlsxWorkbook::Sheet& XlsxWorkbook::AddSheet(std::string_view name) {
  if (workbook_ == nullptr) Fail("AddSheet after Commit");
  std::vector<std::string> characters = SheetNameCharacters(name);
  if (characters.empty()) characters = {"S", "h", "e", "e", "t"};
  // Cut first, so that the apostrophe rule also holds for the cut name.
  characters = CutCharacters(characters, kMaxSheetNameLength);
  if (characters.front() == "'") characters.front() = "_";
  if (characters.back() == "'") characters.back() = "_";

  auto is_taken = [&](const std::string& candidate) {
    const std::string folded = FoldAsciiCase(candidate);
    if (folded == "history") return true;  // Excel reserves it
    for (const std::string& used : folded_names_) {
      if (used == folded) return true;
    }
    return false;
  };
  std::string sheet_name = JoinWithin(characters, kMaxSheetNameLength);
  for (int n = 2; is_taken(sheet_name); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    sheet_name = JoinWithin(characters, kMaxSheetNameLength - suffix.size()) + suffix;
  }

  lxw_worksheet* worksheet = workbook_add_worksheet(workbook_, sheet_name.c_str());
  if (worksheet == nullptr) {
    const lxw_error error = workbook_validate_sheet_name(workbook_, sheet_name.c_str());
    Fail("cannot add sheet '" + sheet_name + "': " +
         (error != LXW_NO_ERROR ? LxwText(error) : std::string("out of memory")));
  }
  folded_names_.push_back(FoldAsciiCase(sheet_name));
  sheets_.push_back(std::unique_ptr<Sheet>(new Sheet(*this, worksheet, sheet_name)));
  return *sheets_.back();
}

std::optional<FileDigest> XlsxWorkbook::Commit(bool digest) {
  if (workbook_ == nullptr) Fail("Commit called twice");
  const lxw_error closed = static_cast<lxw_error>(Close());
  std::optional<FileDigest> file;
  const std::string failure = closed != LXW_NO_ERROR
                                  ? "cannot write " + temporary_path_ + ": " + LxwText(closed)
                                  : PutInPlace(digest, file);
  private_folder_.reset();  // removes the temporary file if it is still there
  if (!failure.empty()) Fail(failure);
  committed_ = true;
  // Make the rename itself durable; the file is in place either way.
  fsync(folder_.fd());
  return file;
}

std::string XlsxWorkbook::PutInPlace(bool digest, std::optional<FileDigest>& file) {
  const int private_fd = private_folder_->folder().fd();
  const int fd = openat(private_fd, file_name_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return "cannot open " + temporary_path_ + ": " + ErrnoText();
  std::string failure;
  if (fsync(fd) != 0) {
    failure = "cannot sync " + temporary_path_ + ": " + ErrnoText();
  } else if (fchmod(fd, 0600) != 0) {
    failure = "cannot make " + temporary_path_ + " private: " + ErrnoText();
  } else if (digest) {
    // The digest of the very bytes renamed into place (nobody else can reach
    // them until then), so that `run` can tell later whether they are still there.
    file = DigestOfDescriptor(fd);
    if (!file) failure = "cannot read back " + temporary_path_ + ": " + ErrnoText();
  }
  close(fd);
  if (failure.empty() && renameat(private_fd, file_name_.c_str(), folder_.fd(), file_name_.c_str()) != 0) {
    const bool folder_in_the_way = errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST;
    failure = "cannot put the workbook in place: " + ErrnoText() +
              (folder_in_the_way ? " (a folder has its name)" : "");
  }
  return failure;
}

}  // namespace crampwatch::report
