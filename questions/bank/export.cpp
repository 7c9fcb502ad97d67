#include "questions/bank/export.hpp"

#include <cstdio>
#include <iterator>
#include <string_view>

namespace tarikh::questions {

using nlohmann::json;

namespace {

json fact_json(const FactRef& f) {
  json j = {{"kind", f.kind},         {"value", f.value}, {"surface", f.surface}, {"doc", f.doc},
            {"sentence", f.sentence}, {"event", f.event}, {"line", f.line}};
  if (!f.gregorian.empty()) j["gregorian"] = f.gregorian;
  return j;
}

bool multi_fact(const Question& q) {
  return q.type == "which_first" || q.type == "timeline" || q.facts.size() > 1;
}

// Tabs and line breaks would split an Anki field or note.
std::string one_field(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string anki_field(const std::string& s) {
  std::string f = one_field(s);
  if (f.find('"') == std::string::npos) return f;
  std::string out = "\"";
  for (char c : f) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Braces and "::" of the document's own text would read as Anki cloze markup.
std::string no_braces(std::string s) {
  for (char& c : s) {
    if (c == '{') c = '(';
    if (c == '}') c = ')';
  }
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == ':' && i + 1 < s.size() && s[i + 1] == ':') out += ' ';
  }
  return out;
}

std::string tag(std::string prefix, std::string_view value) {
  std::string out = std::move(prefix);
  for (char c : value) out += (c == ' ' || c == '\t' || c == '\n' || c == '\r') ? '_' : c;
  return out;
}

std::string stem(std::string_view doc) {
  const auto dot = doc.rfind('.');
  return std::string(dot == std::string_view::npos ? doc : doc.substr(0, dot));
}

}  // namespace

json question_json(const Question& q) {
  json j = {{"id", q.id},         {"type", q.type},       {"prompt", q.prompt},
            {"answer", q.answer}, {"choices", q.choices}, {"difficulty", q.difficulty}};
  if (multi_fact(q)) {
    json facts = json::array();
    for (const auto& f : q.facts) facts.push_back(fact_json(f));
    j["facts"] = std::move(facts);
  } else if (!q.facts.empty()) {
    j["fact"] = fact_json(q.facts.front());
  }
  if (!q.order.empty()) j["order"] = q.order;
  if (q.type == "numeric") {
    j["number"] = q.number;
    j["unit"] = q.unit;
  }
  return j;
}

void export_jsonl(const std::vector<Question>& questions, std::ostream& out) {
  for (const auto& q : questions) out << question_json(q).dump() << '\n';
}

std::string csv_field(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void export_csv(const std::vector<Question>& questions, std::ostream& out) {
  out << "id,type,prompt,answer,choices,difficulty,kind,value,surface,doc,line,sentence\r\n";
  for (const auto& q : questions) {
    std::string choices;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
      if (i) choices += " | ";
      choices += q.choices[i];
    }
    std::string kind, value, surface, doc, line, sentence;
    for (std::size_t i = 0; i < q.facts.size(); ++i) {
      const auto& f = q.facts[i];
      const char* sep = i ? " | " : "";
      kind += sep + f.kind;
      value += sep + f.value;
      surface += sep + f.surface;
      doc += sep + f.doc;
      line += sep + std::to_string(f.line);
      sentence += sep + f.sentence;
    }
    char diff[32];
    std::snprintf(diff, sizeof diff, "%.2f", q.difficulty);
    const std::string fields[] = {q.id, q.type, q.prompt, q.answer, choices, diff,
                                  kind, value,  surface,  doc,      line,    sentence};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
      if (i) out << ',';
      out << csv_field(fields[i]);
    }
    out << "\r\n";
  }
}

void export_anki(const std::vector<Question>& questions, std::ostream& out) {
  out << "#separator:tab\n#html:false\n#notetype:Cloze\n#deck:Tarikh\n#guid column:1\n"
         "#tags column:4\n";
  for (const auto& q : questions) {
    const std::string prompt = no_braces(q.prompt);
    const std::string cloze = "{{c1::" + no_braces(q.answer) + "}}";
    std::string text;
    const auto blank = prompt.find("____");
    if ((q.type == "cloze" || q.type == "numeric") && blank != std::string::npos) {
      text = prompt.substr(0, blank) + cloze + prompt.substr(blank + 4);
    } else {
      text = prompt + " " + cloze;
    }
    std::string extra;
    if (!q.choices.empty() && q.type == "mcq") {
      for (std::size_t i = 0; i < q.choices.size(); ++i) {
        if (i) extra += " / ";
        extra += q.choices[i];
      }
    }
    std::string tags = "tarikh " + tag("type::", q.type);
    std::vector<std::string> seen;
    for (const auto& f : q.facts) {
      for (std::string t : {tag("doc::", stem(f.doc)), tag("kind::", f.kind)}) {
        bool dup = false;
        for (const auto& s : seen) dup = dup || s == t;
        if (!dup) {
          seen.push_back(t);
          tags += " " + t;
        }
      }
      if (!f.sentence.empty() && extra.find(f.sentence) == std::string::npos &&
          q.facts.size() == 1) {
        if (!extra.empty()) extra += " — ";
        extra += f.doc + ": " + f.sentence;
      }
    }
    out << anki_field(q.id) << '\t' << anki_field(text) << '\t' << anki_field(no_braces(extra))
        << '\t' << anki_field(tags) << '\n';
  }
}

}  // namespace tarikh::questions
