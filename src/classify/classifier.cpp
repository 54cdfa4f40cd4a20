#include "classify/classifier.h"

#include <algorithm>
#include <cstdlib>
#include <span>

#include "classify/concept_combiner.h"
#include "classify/context_resolver.h"
#include "classify/phrase_matcher.h"
#include "classify/tokenizer.h"

namespace crampwatch::classify {
namespace {

// One field's mentions. The thread's scratch holds one per field, so their
// lists keep their room from record to record instead of being allocated anew.
struct FieldMentions {
  TextField field = TextField::kComplaint;
  std::string_view text;
  std::vector<Mention> mentions;
  std::vector<int> sentence_of;  // per mention
  std::vector<Piece> pieces;     // of the combinations among the mentions

  void Reset(TextField of, std::string_view its_text) {
    field = of;
    text = its_text;
    mentions.clear();
    sentence_of.clear();
    pieces.clear();
  }
};

// Per-thread buffers: classifying allocates nothing once they have grown.
struct Scratch {
  TokenizedText tokenized;
  TokenizedText expanded;
  PhraseMatcher::Scratch matcher;
  ContextResolver::Scratch context;
  std::vector<PhraseMatch> matches;            // the field's, sentence after sentence
  std::vector<std::size_t> sentence_ends;      // per sentence: where its matches end
  ConceptSet useful_concepts;
  std::vector<std::uint32_t> complete_combinations;
  std::vector<PhraseMatch> sentence_matches;
  FieldMentions fields[3];  // the record's complaint, history and medicine list
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Whether a token reads as a word of a shorthand. The first bytes are compared
// inline: most tokens differ there, and short words ("a", "s") would otherwise
// cost a memcmp call each.
bool SameWord(const Token& token, const std::string& word) {
  return token.text.size() == word.size() && token.text[0] == word[0] && token.text == word;
}

// Rewrites [shorthand] token sequences ("c/o" -> "complains of"); each new
// token keeps the offsets of the words it replaces, so evidence stays exact.
void ExpandShorthand(const RuleSet& rules, const TokenizedText& in, TokenizedText& out) {
  out.Clear();
  const std::size_t longest = rules.longest_shorthand_start();
  for (const Sentence& sentence : in.sentences) {
    Sentence expanded{out.tokens.size(), 0, sentence.ends_list_item};
    for (std::size_t i = sentence.first; i < sentence.last;) {
      if (in.tokens[i].text.size() > longest) {
        out.tokens.push_back(in.tokens[i++]);
        continue;
      }
      const std::vector<std::string>* replacement = nullptr;
      std::size_t length = 0;
      for (const auto& [from, to] : rules.shorthand()) {
        if (from.size() > sentence.last - i || from.size() <= length) continue;
        bool same = true;
        for (std::size_t k = 0; k < from.size() && same; ++k) same = SameWord(in.tokens[i + k], from[k]);
        if (same) {
          replacement = &to;
          length = from.size();
        }
      }
      if (!replacement) {
        out.tokens.push_back(in.tokens[i++]);
        continue;
      }
      for (const std::string& word : *replacement) {
        Token token;
        token.text = word;
        token.begin = in.tokens[i].begin;
        token.end = in.tokens[i + length - 1].end;
        token.after_comma = in.tokens[i].after_comma;
        out.tokens.push_back(std::move(token));
      }
      i += length;
    }
    expanded.last = out.tokens.size();
    if (expanded.last > expanded.first) out.sentences.push_back(expanded);
  }
}

// Most fields hold no shorthand; copying their tokens would be wasted work.
bool HasShorthand(const RuleSet& rules, const TokenizedText& text) {
  const std::size_t longest = rules.longest_shorthand_start();
  for (const Token& token : text.tokens) {
    if (token.text.size() > longest) continue;
    for (const auto& [from, to] : rules.shorthand()) {
      if (SameWord(token, from.front())) return true;
    }
  }
  return false;
}

std::string RuleText(const RuleSet& rules, const Mention& mention) {
  std::string rule = rules.DescriptionOf(*mention.entry);
  if (mention.possible && mention.possible_by) {
    rule += "; possible: ";
    rule += rules.DescriptionOf(*mention.possible_by);
  }
  if (mention.historical && mention.historical_by) {
    rule += "; historical, counts as chronic: ";
    rule += rules.DescriptionOf(*mention.historical_by);
  }
  return rule;
}

// Finds the mentions of one field, sentence by sentence, with their context.
void ReadField(const RuleSet& rules, const ContextResolver& resolver,
               const AbbreviationTest& abbreviations, Scratch& scratch, FieldMentions& field) {
  Tokenize(field.text, abbreviations, scratch.tokenized);
  const TokenizedText* text = &scratch.tokenized;
  if (HasShorthand(rules, scratch.tokenized)) {
    ExpandShorthand(rules, scratch.tokenized, scratch.expanded);
    text = &scratch.expanded;
  }
  // Every sentence's matches first: a concept is resolved only where some
  // combination could find all its concepts in the field, which most fields
  // (a cramp word and a site, say) cannot.
  scratch.matches.clear();
  scratch.sentence_ends.clear();
  for (const Sentence& sentence : text->sentences) {
    rules.matcher().FindAll(text->tokens, sentence.first, sentence.last, scratch.matcher, scratch.matches);
    scratch.sentence_ends.push_back(scratch.matches.size());
  }
  FindUsefulConcepts(rules, scratch.matches, scratch.useful_concepts, scratch.complete_combinations);
  // A complaint whose writer is the patient ("I'm here for my knee") names its
  // relatives as other people, even at its opening ("My mother has cramps...").
  const bool writer_is_patient =
      field.field == TextField::kComplaint &&
      std::any_of(scratch.matches.begin(), scratch.matches.end(),
                  [](const PhraseMatch& match) { return match.kind == EntryKind::kSelfVisit; });
  bool family_section = false;
  SentenceContext context;
  for (std::size_t s = 0; s < text->sentences.size(); ++s) {
    Sentence sentence = text->sentences[s];
    const auto matches = std::span(scratch.matches)
                             .subspan(s == 0 ? 0 : scratch.sentence_ends[s - 1],
                                      scratch.sentence_ends[s] - (s == 0 ? 0 : scratch.sentence_ends[s - 1]));
    // A section header ("FHx:") at the start of a sentence sets what the rest
    // of it is about; the header's own words are not evidence.
    for (const PhraseMatch& match : matches) {
      if (match.kind == EntryKind::kSectionHeader && match.first == sentence.first &&
          match.last < sentence.last && text->tokens[match.last].text == ":") {
        const RuleEntry& entry = rules.entries()[match.entry];
        family_section = entry.section == SectionKind::kFamily;
        sentence.first = match.last + 1;
      }
    }
    scratch.sentence_matches.clear();
    for (const PhraseMatch& match : matches) {
      if (match.first < sentence.first) continue;
      if (match.kind == EntryKind::kConcept && !scratch.useful_concepts.Contains(match.concept_id)) {
        continue;
      }
      if (match.kind == EntryKind::kSelfVisit) continue;
      scratch.sentence_matches.push_back(match);
    }
    std::size_t before = field.mentions.size();
    context.family_section = family_section;
    context.opens_complaint = field.field == TextField::kComplaint && s == 0 && !writer_is_patient;
    context.in_complaint = field.field == TextField::kComplaint;
    context.may_name_patient = field.field == TextField::kComplaint && s <= 1 && !writer_is_patient;
    resolver.Resolve(text->tokens, sentence, scratch.sentence_matches, context, scratch.context,
                     field.mentions);
    // A family section ("FHx: DM; osteoporosis") runs through its list items
    // and ends with its sentence.
    if (!sentence.ends_list_item) family_section = false;
    field.sentence_of.resize(field.mentions.size(), static_cast<int>(s));
    for (std::size_t m = before; m < field.mentions.size(); ++m) {
      Mention& mention = field.mentions[m];
      mention.begin = text->tokens[mention.first].begin;
      mention.end = text->tokens[mention.last - 1].end;
    }
  }
  AddCombinations(rules, scratch.complete_combinations, field.mentions, field.sentence_of, field.pieces);
}

bool InsideEvidence(const FieldMentions& field, const Mention& site) {
  const auto inside = [&](std::size_t begin, std::size_t end) { return begin <= site.begin && site.end <= end; };
  for (const Mention& other : field.mentions) {
    if (!other.IsKind(EntryKind::kCause) && !other.IsKind(EntryKind::kRedFlag)) continue;
    if (other.piece_count == 0 && inside(other.begin, other.end)) return true;
    // A combination's span may hold other words: only its pieces are evidence.
    for (std::size_t p = other.first_piece; p < other.first_piece + other.piece_count; ++p) {
      if (inside(field.pieces[p].begin, field.pieces[p].end)) return true;
    }
  }
  return false;
}

// Only the complaint field decides: a leg-cramp term, or a cramp word with a
// lower-limb site in its sentence or a neighbouring one ("Cramps every night.
// Mostly in my calves."; "My calf is getting thinner. I get cramps there."),
// each affirmed and about the patient now.
bool IsCrampComplaint(const FieldMentions& complaint) {
  const auto& mentions = complaint.mentions;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (!mentions[m].Counts(false)) continue;
    if (mentions[m].IsKind(EntryKind::kCramp)) return true;
    if (!mentions[m].IsKind(EntryKind::kCrampWord)) continue;
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      int distance = complaint.sentence_of[k] - complaint.sentence_of[m];
      if (std::abs(distance) <= 1 && mentions[k].IsKind(EntryKind::kSite) &&
          mentions[k].Counts(false)) {
        return true;
      }
    }
  }
  return false;
}

void AddTags(const RuleSet& rules, const FieldMentions& field, std::vector<Tag>& tags) {
  for (const Mention& mention : field.mentions) {
    bool cause = mention.IsKind(EntryKind::kCause);
    if (!cause && !mention.IsKind(EntryKind::kRedFlag)) continue;
    // A red flag is a sign now, wherever it is written: clinics put "numb feet"
    // or "claudication at 200 yards" in the history as often as in the complaint.
    // Only a current mention counts (red flags are never `chronic`), so a dated or
    // past one ("DVT 2019", "previous DVT") does not; a medicine list holds none.
    if (!cause && field.field == TextField::kMedications) continue;
    if (!mention.Counts(cause && mention.entry->chronic, cause && mention.entry->shared)) continue;
    Tag& tag = tags.emplace_back();
    tag.kind = cause ? TagKind::kCause : TagKind::kRedFlag;
    tag.code = mention.entry->code;
    tag.certainty = mention.possible ? Certainty::kPossible : Certainty::kDefinite;
    tag.field = field.field;
    tag.begin = mention.begin;
    tag.end = mention.end;
    tag.evidence = EvidenceOf(mention, field.text, field.pieces);
    tag.rule = RuleText(rules, mention);
  }
}

// The article's heuristic, from age and sex alone, independent of the text.
void SetCalciumRisk(const CalciumSettings& calcium, const IntakeText& intake, Classification& result) {
  if (!intake.age) return;
  int age = *intake.age;
  if (age >= calcium.adolescent_min_age && age <= calcium.adolescent_max_age) {
    result.calcium_risk = CalciumRisk::kAdolescent;
    result.calcium_reason = "age " + std::to_string(age) + ": adolescent (" +
                            std::to_string(calcium.adolescent_min_age) + "-" +
                            std::to_string(calcium.adolescent_max_age) + ")";
  } else if (intake.sex == 'F' && age >= calcium.woman_min_age) {
    result.calcium_risk = CalciumRisk::kWoman45Plus;
    result.calcium_reason = "woman aged " + std::to_string(age) + " (" +
                            std::to_string(calcium.woman_min_age) + " or over)";
  }
}

}  // namespace

Classifier::Classifier(const RuleSet& rules) : rules_(rules) {}

Classification Classifier::Classify(const IntakeText& intake) const {
  Scratch& scratch = ThreadScratch();
  const ContextResolver resolver(rules_);
  const AbbreviationTest abbreviations = [this](std::string_view word) {
    return rules_.IsAbbreviation(word);
  };
  FieldMentions (&fields)[3] = scratch.fields;
  fields[0].Reset(TextField::kComplaint, intake.complaint);
  fields[1].Reset(TextField::kHistory, intake.history);
  fields[2].Reset(TextField::kMedications, intake.medications);
  // Only the complaint decides whether this is a cramp complaint; the history
  // and the medicine list matter only for one, so the others skip them.
  if (!fields[0].text.empty()) ReadField(rules_, resolver, abbreviations, scratch, fields[0]);

  Classification result;
  const FieldMentions& complaint = fields[0];
  result.is_cramp = IsCrampComplaint(complaint);
  if (result.is_cramp) {
    for (FieldMentions& field : std::span(fields).subspan(1)) {
      if (!field.text.empty()) ReadField(rules_, resolver, abbreviations, scratch, field);
    }
    for (const Mention& mention : complaint.mentions) {
      if (!mention.Counts(false)) continue;
      if (mention.IsKind(EntryKind::kNight)) result.nocturnal = true;
      // Where the cramp is: any site of the complaint, except one inside a
      // cause or red-flag phrase ("toes pointed", "foot drop", "cold pale foot").
      if (mention.IsKind(EntryKind::kSite) && mention.entry->code != "leg" &&
          !InsideEvidence(complaint, mention)) {
        result.sites.push_back(mention.entry->code);
      }
    }
    std::sort(result.sites.begin(), result.sites.end());
    result.sites.erase(std::unique(result.sites.begin(), result.sites.end()), result.sites.end());

    for (const FieldMentions& field : fields) AddTags(rules_, field, result.tags);
    std::sort(result.tags.begin(), result.tags.end(), [](const Tag& a, const Tag& b) {
      return std::tie(a.kind, a.code, a.field, a.begin, a.end) < std::tie(b.kind, b.code, b.field, b.begin, b.end);
    });
    result.tags.erase(std::unique(result.tags.begin(), result.tags.end(),
                                  [](const Tag& a, const Tag& b) {
                                    return a.kind == b.kind && a.code == b.code && a.field == b.field &&
                                           a.begin == b.begin && a.end == b.end;
                                  }),
                      result.tags.end());
  }
  SetCalciumRisk(rules_.calcium(), intake, result);
  return result;
}

}  // namespace crampwatch::classify
