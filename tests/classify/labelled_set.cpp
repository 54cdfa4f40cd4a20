#include "classify/labelled_set.h"

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <set>
#include <sstream>

#include "classify/classifier.h"
#include "import/csv_reader.h"
#include "import/file_source.h"

namespace crampwatch::classify {
namespace {

std::set<std::string> SplitCodes(const std::string& joined) {
  std::set<std::string> codes;
  std::stringstream stream(joined);
  std::string code;
  while (std::getline(stream, code, ',')) {
    if (!code.empty()) codes.insert(code);
  }
  return codes;
}

void ScoreFile(const Classifier& classifier, const std::string& path, Scores& scores) {
  importer::FileSource file(path);
  importer::CsvReader reader(file, ',');
  importer::CsvRecord record;
  BOOST_REQUIRE_MESSAGE(reader.Next(record), path << ": no header");
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < record.fields.size(); ++i) column[record.fields[i]] = i;
  while (reader.Next(record)) {
    auto field = [&](const char* name) -> const std::string& { return record.fields.at(column.at(name)); };
    ++scores.rows;
    IntakeText intake;
    intake.complaint = field("complaint");
    intake.history = field("history");
    intake.medications = field("medications");
    if (!field("age").empty()) intake.age = std::stoi(field("age"));
    intake.sex = field("sex").empty() ? 0 : field("sex")[0];
    Classification found = classifier.Classify(intake);

    const bool cramp = field("is_cramp") == "1";
    scores.cramp.Add(cramp, found.is_cramp);
    scores.night.Add(field("nocturnal") == "1", found.nocturnal);
    if (cramp) {
      ++scores.night_rows;
      if ((field("nocturnal") == "1") == found.nocturnal) ++scores.night_right;
    }
    if (std::string(StoredCode(found.calcium_risk)) != field("calcium_risk")) ++scores.calcium_wrong;
    const std::string text = field("complaint") + " | " + field("history") + " | " + field("medications");
    for (TagKind kind : {TagKind::kCause, TagKind::kRedFlag}) {
      std::set<std::string> expected = SplitCodes(field(kind == TagKind::kCause ? "causes" : "red_flags"));
      std::set<std::string> got = SplitCodes(found.JoinedCodes(kind));
      std::set<std::string> all = expected;
      all.insert(got.begin(), got.end());
      for (const std::string& code : all) {
        bool e = expected.contains(code), g = got.contains(code);
        (kind == TagKind::kCause ? scores.causes : scores.red_flags).Add(e, g);
        scores.per_code[code].Add(e, g);
        if (e != g) scores.misses.push_back(field("case_id") + (e ? " missed " : " extra ") + code + ": " + text);
      }
    }
    if (cramp != found.is_cramp) {
      scores.misses.push_back(field("case_id") + (found.is_cramp ? " extra" : " missed") + " cramp: " + text);
    } else if (cramp && (field("nocturnal") == "1") != found.nocturnal) {
      scores.misses.push_back(field("case_id") + (found.nocturnal ? " extra" : " missed") + " night: " + text);
    }
  }
}

}  // namespace

double Counts::Precision() const {
  return true_positive + false_positive == 0 ? 1.0 : double(true_positive) / (true_positive + false_positive);
}

double Counts::Recall() const {
  return true_positive + false_negative == 0 ? 1.0 : double(true_positive) / (true_positive + false_negative);
}

double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

void Counts::Add(bool expected, bool found) {
  if (expected && found) ++true_positive;
  if (!expected && found) ++false_positive;
  if (expected && !found) ++false_negative;
}

Scores ScoreLabelledFiles(const RuleSet& rules, const std::vector<std::string>& paths) {
  Classifier classifier(rules);
  Scores scores;
  for (const std::string& path : paths) ScoreFile(classifier, path, scores);
  return scores;
}

void PrintScores(const std::string& title, const Scores& scores, bool with_misses) {
  std::printf("\n%s (%d records)\n", title.c_str(), scores.rows);
  std::printf("%-24s %6s %6s %6s %9s %7s %6s\n", "code", "tp", "fp", "fn", "precision", "recall", "F1");
  auto line = [](const std::string& name, const Counts& c) {
    std::printf("%-24s %6d %6d %6d %9.3f %7.3f %6.3f\n", name.c_str(), c.true_positive, c.false_positive,
                c.false_negative, c.Precision(), c.Recall(), c.F1());
  };
  line("is_cramp", scores.cramp);
  line("nocturnal", scores.night);
  for (const auto& [code, counts] : scores.per_code) line(code, counts);
  line("causes (micro)", scores.causes);
  line("red flags (micro)", scores.red_flags);
  std::printf("nocturnal accuracy on cramp records: %.3f; calcium_risk wrong: %d\n", scores.NightAccuracy(),
              scores.calcium_wrong);
  if (with_misses) {
    for (const std::string& miss : scores.misses) std::printf("  %s\n", miss.c_str());
  }
}

}  // namespace crampwatch::classify
