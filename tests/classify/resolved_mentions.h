// ResolvedMentions: what the context resolver alone makes of a test's text, sentence by sentence.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "classify/context_resolver.h"
#include "classify/phrase_matcher.h"
#include "classify/rule_set.h"
#include "classify/tokenizer.h"

namespace crampwatch::classify {

/// Where a test's text stands, as the classifier would tell the resolver.
struct TestField {
  bool complaint = true;        // reporters, companions and an opening narrator act only there
  bool family_section = false;  // every sentence as if after "FHx:"
};

/// Resolves each sentence of `text` as the classifier does (one SentenceContext
/// through the field), without shorthand, section headers or combinations: those
/// are the classifier's. Mentions in text order.
inline std::vector<Mention> ResolveMentions(const RuleSet& rules, std::string_view text, TestField field = {}) {
  TokenizedText tokenized;
  Tokenize(
      text, [&](std::string_view word) { return rules.IsAbbreviation(word); }, tokenized);
  const ContextResolver resolver(rules);
  PhraseMatcher::Scratch matcher_scratch;
  ContextResolver::Scratch scratch;
  SentenceContext context;
  std::vector<Mention> mentions;
  for (std::size_t s = 0; s < tokenized.sentences.size(); ++s) {
    const Sentence& sentence = tokenized.sentences[s];
    std::vector<PhraseMatch> matches;
    rules.matcher().FindAll(tokenized.tokens, sentence.first, sentence.last, matcher_scratch, matches);
    context.family_section = field.family_section;
    context.opens_complaint = field.complaint && s == 0;
    context.in_complaint = field.complaint;
    context.may_name_patient = field.complaint && s <= 1;
    resolver.Resolve(tokenized.tokens, sentence, matches, context, scratch, mentions);
  }
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.first, a.last) < std::tie(b.first, b.last);
  });
  return mentions;
}

/// Each mention as its phrase, with ":" and its context when it has any
/// ("swelling:negated,family"), joined by ' '.
inline std::string Resolved(const RuleSet& rules, std::string_view text, TestField field = {}) {
  std::string joined;
  for (const Mention& mention : ResolveMentions(rules, text, field)) {
    if (!joined.empty()) joined += ' ';
    joined += mention.entry->phrase;
    std::string context;
    const auto add = [&](bool set, const char* name) {
      if (!set) return;
      context += context.empty() ? ":" : ",";
      context += name;
    };
    add(mention.negated, "negated");
    add(mention.possible, "possible");
    add(mention.hypothetical, "hypothetical");
    add(mention.historical, "historical");
    add(mention.family, "family");
    joined += context;
  }
  return joined;
}

}  // namespace crampwatch::classify
