#include "gen/intake_generator.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "gen/intake_phrases.h"
#include "gen/split_mix64.h"
#include "util/error.h"

namespace crampwatch::gen {
namespace {

namespace p = phrases;

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
constexpr std::uint32_t kPatientsPerClinic = 200000;
constexpr std::uint64_t kGolden = SplitMix64::kGolden;
constexpr std::uint64_t kPatientSalt = 0x5eed0fa7e1e57a11ULL;
constexpr std::string_view kHeader =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,birth_date,age,complaint,history,"
    "medications\n";

// Civil dates <-> days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
struct Civil {
  int year = 1970;
  int month = 1;
  int day = 1;
};

long DaysFromCivil(Civil c) {
  const int y = c.year - (c.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (c.month + (c.month > 2 ? -3 : 9)) + 2) / 5 + c.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

Civil CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Civil c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
  return c;
}

int YearsBetween(Civil birth, Civil on) {
  const bool before_birthday = on.month < birth.month || (on.month == birth.month && on.day < birth.day);
  return on.year - birth.year - (before_birthday ? 1 : 0);
}

/// Parses a strict YYYY-MM-DD that names a real date.
bool ParseIsoDate(std::string_view text, Civil& out) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int values[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = starts[i]; k < starts[i] + lengths[i]; ++k) {
      if (text[k] < '0' || text[k] > '9') return false;
      values[i] = values[i] * 10 + (text[k] - '0');
    }
  }
  out = {values[0], values[1], values[2]};
  if (out.month < 1 || out.month > 12 || out.day < 1) return false;
  const Civil round_trip = CivilFromDays(DaysFromCivil(out));
  return round_trip.month == out.month && round_trip.day == out.day;
}

void AppendNumber(std::string& out, std::uint64_t value, int width = 0) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  for (int pad = n; pad < width; ++pad) out.push_back('0');
  while (n > 0) out.push_back(digits[--n]);
}

void AppendDate(std::string& out, Civil c) {
  AppendNumber(out, static_cast<std::uint64_t>(c.year), 4);
  out.push_back('-');
  AppendNumber(out, static_cast<std::uint64_t>(c.month), 2);
  out.push_back('-');
  AppendNumber(out, static_cast<std::uint64_t>(c.day), 2);
}

/// Appends one CSV field, quoted (RFC 4180) only when it holds a comma, quote or line break.
void AppendField(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

enum class BadKind { kEmptyComplaint, kImpossibleDate, kAge150, kBirthAfterIntake };

}  // namespace

/// One row being written: its random stream, the patient, and the slot values.
class IntakeGenerator::Row {
 public:
  SplitMix64 rng;
  char sex = 'F';
  int age = 40;
  int side = 0;  // 0 right, 1 left
  const p::Site* site = &p::kSites[0];
  const p::Drug* drug = nullptr;  // the cramp drug this patient takes, if any
  std::string_view past_drug;     // a drug this patient no longer takes
  std::string complaint;
  std::string list;  // history or medications, being built

  /// Appends `piece` to `out`, filling its $ slots (see intake_phrases.h).
  void Expand(std::string_view piece, std::string& out) {
    std::size_t from = 0;
    for (std::size_t at = piece.find('$'); at != std::string_view::npos && at + 1 < piece.size();
         at = piece.find('$', from)) {
      out.append(piece.substr(from, at - from));
      from = at + 2;
      switch (piece[at + 1]) {
        case 's': out.append(side == 0 ? "right" : "left"); break;
        case 'S': out.push_back(side == 0 ? 'R' : 'L'); break;
        case 'p': out.append(site->one); break;
        case 'P': out.append(site->many); break;
        case 't': out.append(rng.Pick(p::kTimes)); break;
        case 'd': out.append(rng.Pick(p::kDurations)); break;
        case 'f': out.append(rng.Pick(p::kFrequencies)); break;
        case 'n': AppendNumber(out, 2 + rng.Below(7)); break;
        case 'a': AppendNumber(out, static_cast<std::uint64_t>(age)); break;
        case 'y': out.push_back(sex == 'M' ? 'M' : 'F'); break;
        case 'x': out.append(sex == 'M' ? (age < 18 ? "boy" : "man") : (age < 18 ? "girl" : "woman")); break;
        case 'o': out.append(sex == 'M' ? "him" : "her"); break;
        case 'g': out.append(drug != nullptr ? drug->name : past_drug); break;
        case 'h': out.append(past_drug); break;
        case 'k': AppendNumber(out, 10 + 5 * rng.Below(4)); break;
        case 'w': out.append(rng.Pick(p::kWeekdays)); break;
        case 'm': out.append(rng.Pick(p::kNeutralDrugs)); break;
        case 'e': AppendNumber(out, 14 + 2 * rng.Below(12)); break;
        default: out.append(piece.substr(at, 2)); break;
      }
    }
    out.append(piece.substr(std::min(from, piece.size())));
  }
};

void ValidateOptions(const GeneratorOptions& options) {
  auto fail = [](const std::string& message) { throw Error(ErrorKind::kUsage, message); };
  Civil start;
  if (options.rows < 0) fail("--rows must be 0 or more");
  if (options.clinics < 1 || options.clinics > 999) fail("--clinics must be 1 to 999");
  if (!(options.bad_rate >= 0.0 && options.bad_rate <= 1.0)) fail("--bad-rate must be 0 to 1");
  if (options.id_start < 1) fail("--id-start must be 1 or more");
  if (options.days < 1 || options.days > 36500) fail("--days must be 1 to 36500");
  if (!ParseIsoDate(options.start_date, start) || start.year < 1900 || start.year > 9998) {
    fail("--start-date: '" + options.start_date + "' is not a date YYYY-MM-DD between 1900 and 9998");
  }
}

IntakeGenerator::IntakeGenerator(GeneratorOptions options) : options_(std::move(options)) {
  ValidateOptions(options_);
  Civil start;
  ParseIsoDate(options_.start_date, start);
  start_day_ = DaysFromCivil(start);
  for (int c = 0; c < options_.clinics; ++c) {
    std::string prefix = "CLN-";
    AppendNumber(prefix, static_cast<std::uint64_t>(c + 1), 3);
    prefix.push_back(',');
    const std::size_t places = std::size(p::kPlaces);
    std::string name(p::kPlaces[static_cast<std::size_t>(c) % places]);
    name += ' ';
    name += p::kClinicKinds[(static_cast<std::size_t>(c) / places + static_cast<std::size_t>(c) * 4) %
                            std::size(p::kClinicKinds)];
    AppendField(prefix, name);
    prefix += ",I";
    AppendNumber(prefix, static_cast<std::uint64_t>(c + 1), 3);
    prefix.push_back('-');
    clinic_prefixes_.push_back(std::move(prefix));
  }
}

void IntakeGenerator::Write(std::FILE* out, std::string_view name) {
  Generate([out, name](std::string_view chunk) {
    if (std::fwrite(chunk.data(), 1, chunk.size(), out) != chunk.size()) {
      throw Error(ErrorKind::kCannotCreate, std::string(name) + ": write failed: " + std::strerror(errno));
    }
  });
  if (std::fflush(out) != 0 || std::ferror(out)) {
    throw Error(ErrorKind::kCannotCreate, std::string(name) + ": write failed: " + std::strerror(errno));
  }
}

void IntakeGenerator::Write(std::ostream& out, std::string_view name) {
  Generate([&out, name](std::string_view chunk) {
    if (!out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()))) {
      throw Error(ErrorKind::kCannotCreate, std::string(name) + ": write failed");
    }
  });
  if (!out.flush()) throw Error(ErrorKind::kCannotCreate, std::string(name) + ": write failed");
}

void IntakeGenerator::Generate(const std::function<void(std::string_view)>& flush) {
  bad_rows_ = 0;
  bytes_written_ = 0;
  std::string buffer;
  buffer.reserve(kChunkBytes + 64 * 1024);
  buffer.append(kHeader);
  Row row;
  row.complaint.reserve(1024);
  row.list.reserve(256);
  for (std::int64_t i = 0; i < options_.rows; ++i) {
    if (AppendRow(i, row, buffer)) ++bad_rows_;
    if (buffer.size() >= kChunkBytes) {
      flush(buffer);
      bytes_written_ += static_cast<std::int64_t>(buffer.size());
      buffer.clear();
    }
  }
  flush(buffer);
  bytes_written_ += static_cast<std::int64_t>(buffer.size());
}

bool IntakeGenerator::AppendRow(std::int64_t index, Row& row, std::string& out) const {
  const auto clinic = static_cast<std::uint64_t>(index % options_.clinics);
  const auto number = static_cast<std::uint64_t>(options_.id_start + index / options_.clinics);
  const std::uint64_t clinic_seed = Scramble(options_.seed + kGolden * (clinic + 1));
  row.rng = SplitMix64(Scramble(clinic_seed ^ number));

  // The patient: the same patient number always has the same sex and birth date.
  const std::uint32_t patient = row.rng.Below(kPatientsPerClinic);
  SplitMix64 person(Scramble((clinic_seed ^ kPatientSalt) + patient));
  const std::uint32_t s = person.Below(100);
  row.sex = s < 55 ? 'F' : s < 98 ? 'M' : s < 99 ? 'U' : 'X';
  const std::uint32_t band = person.Below(100);
  const std::uint32_t age_at_start = band < 8    ? person.Below(10)
                                     : band < 20 ? 10 + person.Below(10)
                                     : band < 52 ? 20 + person.Below(25)
                                     : band < 78 ? 45 + person.Below(20)
                                                 : 65 + person.Below(31);
  const long birth_day = start_day_ - static_cast<long>(age_at_start * 365 + age_at_start / 4) -
                         static_cast<long>(person.Below(365));
  // Always drawn, so that --in-date-order changes only the dates.
  const long random_day = static_cast<long>(row.rng.Below(static_cast<std::uint32_t>(options_.days)));
  const long intake_day =
      start_day_ + (options_.in_date_order ? static_cast<long>(index * options_.days / options_.rows) : random_day);
  const Civil intake = CivilFromDays(intake_day);
  const Civil birth = CivilFromDays(birth_day);
  row.age = YearsBetween(birth, intake);

  // Always drawn, so that --bad-rate changes only the rows it makes bad.
  const bool bad = row.rng.Chance(options_.bad_rate);
  const auto bad_kind = static_cast<BadKind>(row.rng.Below(4));
  const std::uint32_t time_roll = row.rng.Below(100);
  const std::uint32_t hour = 7 + row.rng.Below(11);
  const std::uint32_t minute = row.rng.Below(60);
  const std::uint32_t age_roll = row.rng.Below(100);

  out.append(clinic_prefixes_[clinic]);
  AppendNumber(out, number, 8);
  out.append(",P");
  AppendNumber(out, patient, 6);
  out.push_back(',');
  if (bad && bad_kind == BadKind::kImpossibleDate) {
    static constexpr std::string_view kImpossible[] = {"-02-30", "-04-31", "-13-05", "-06-31", "-00-12"};
    AppendNumber(out, static_cast<std::uint64_t>(intake.year), 4);
    out.append(kImpossible[minute % std::size(kImpossible)]);
  } else {
    AppendDate(out, intake);
    if (time_roll < 25) {
      out.push_back(time_roll < 20 ? ' ' : 'T');
      AppendNumber(out, hour, 2);
      out.push_back(':');
      AppendNumber(out, minute, 2);
      if (time_roll >= 20) out.append(":00");
    }
  }
  out.push_back(',');
  if (time_roll % 20 == 7) {
    out.append(row.sex == 'F' ? "female" : row.sex == 'M' ? "male" : "U");
  } else {
    out.push_back(row.sex);
  }
  out.push_back(',');
  // birth_date and age: usually both, sometimes one of them.
  const bool age_only = age_roll < 25;
  const bool birth_only = age_roll >= 75;
  if (bad && bad_kind == BadKind::kAge150) {
    out.append(",150,");
  } else if (bad && bad_kind == BadKind::kBirthAfterIntake) {
    AppendDate(out, CivilFromDays(intake_day + 30 + static_cast<long>(row.rng.Below(400))));
    out.append(",,");
  } else {
    if (!age_only) AppendDate(out, birth);
    out.push_back(',');
    if (!birth_only) AppendNumber(out, static_cast<std::uint64_t>(row.age));
    out.push_back(',');
  }

  row.complaint.clear();
  row.list.clear();
  AppendComplaint(row, row.complaint);
  AppendField(out, bad && bad_kind == BadKind::kEmptyComplaint ? std::string_view() : row.complaint);
  out.push_back(',');
  // The history field was filled by AppendComplaint into `list`; medications follow.
  AppendField(out, row.list);
  out.push_back(',');
  row.list.clear();
  const bool comma_list = row.rng.Below(2) == 0;
  if (row.drug != nullptr) row.list.append(row.drug->entry);
  // Children here take no regular medicines; adults up to two besides a cramp drug.
  for (std::uint32_t n = row.age < 18 ? 0 : row.rng.Below(3); n > 0; --n) {
    if (!row.list.empty()) row.list.append(comma_list ? ", " : "; ");
    row.list.append(row.rng.Pick(p::kNeutralDrugs));
  }
  AppendField(out, row.list);
  out.push_back('\n');
  return bad;
}

void IntakeGenerator::AppendComplaint(Row& row, std::string& text) const {
  SplitMix64& rng = row.rng;
  row.side = static_cast<int>(rng.Below(2));
  row.site = &rng.Pick(p::kSites);
  row.drug = nullptr;
  row.past_drug = rng.Pick(p::kPastDrugs);
  const bool line_breaks = rng.Below(100) == 0;  // a note typed over several lines
  auto separate = [&rng, &text, line_breaks] {
    static constexpr std::string_view kSeparators[] = {", ", ", ", ". ", "; ", " - "};
    text.append(line_breaks ? std::string_view("\n") : rng.Pick(kSeparators));
  };

  if (row.age >= 10 && rng.Below(2) == 0) {
    row.Expand(rng.Pick(p::kCrampOpeners), text);
    static constexpr std::uint32_t kCauseCounts[] = {0, 0, 1, 1, 1, 1, 1, 1, 2, 3};
    static constexpr const std::string_view* kCauseTables[] = {
        p::kColdExposure, p::kOverexertion, p::kSaltLoss,     p::kCalciumDeficiency,
        p::kSleepPosture, p::kMalnutrition, p::kDiscHerniation, p::kBoneSpurs,
        p::kMedication,   p::kPregnancy,    p::kElectrolytes, p::kChronicDisease};
    static constexpr std::size_t kCauseSizes[] = {
        std::size(p::kColdExposure), std::size(p::kOverexertion), std::size(p::kSaltLoss),
        std::size(p::kCalciumDeficiency), std::size(p::kSleepPosture), std::size(p::kMalnutrition),
        std::size(p::kDiscHerniation), std::size(p::kBoneSpurs), std::size(p::kMedication),
        std::size(p::kPregnancy), std::size(p::kElectrolytes), std::size(p::kChronicDisease)};
    constexpr std::uint32_t kMedication = 8;
    constexpr std::uint32_t kPregnancy = 9;
    for (std::uint32_t n = rng.Pick(kCauseCounts); n > 0; --n) {
      const std::uint32_t cause = rng.Below(static_cast<std::uint32_t>(std::size(kCauseTables)));
      if (cause == kPregnancy && (row.sex != 'F' || row.age < 16 || row.age > 44)) continue;
      if (cause == kMedication) {
        row.drug = &rng.Pick(p::kCrampDrugs);
        if (rng.Below(5) >= 2) continue;  // only in the medications field
      }
      separate();
      row.Expand(kCauseTables[cause][rng.Below(static_cast<std::uint32_t>(kCauseSizes[cause]))], text);
    }
    if (rng.Below(100) < 8) {
      separate();
      text.append(rng.Pick(p::kPossible));
    }
    if (rng.Below(100) < 14) {
      separate();
      row.Expand(rng.Pick(p::kRedFlags), text);
    }
    if (rng.Below(100) < 40) {
      separate();
      row.Expand(rng.Pick(p::kNotTagging), text);
    }
    if (rng.Below(100) < 20) {
      separate();
      text.append(rng.Pick(p::kClosers));
    }
  } else {
    row.Expand(rng.Pick(p::kOrdinary), text);
    if (rng.Below(2) == 0) {
      separate();
      row.Expand(rng.Pick(p::kOrdinaryExtras), text);
    }
  }

  for (std::uint32_t n = rng.Below(3); n > 0; --n) {
    if (!row.list.empty()) row.list.append("; ");
    row.list.append(rng.Pick(p::kHistory));
  }
}

}  // namespace crampwatch::gen
