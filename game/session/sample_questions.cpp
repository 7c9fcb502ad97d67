// SAMPLE DATA (see sample_questions.hpp): hand-written, for tests and headless play only.
#include "game/session/sample_questions.hpp"

namespace tarikh::session {

namespace {

constexpr const char* kDoc = "000_edb1989f84ed8f31.txt";

questions::FactRef fact(const char* kind, const char* value, const char* surface,
                        const char* sentence, const char* event) {
  return questions::FactRef{kind, value, surface, kDoc, sentence, event};
}

questions::Question question(const char* id, const char* type, const char* prompt,
                             const char* answer, std::vector<std::string> choices,
                             std::vector<questions::FactRef> facts, double difficulty) {
  questions::Question q;
  q.id = id;
  q.type = type;
  q.prompt = prompt;
  q.answer = answer;
  q.choices = std::move(choices);
  q.facts = std::move(facts);
  q.difficulty = difficulty;
  return q;
}

}  // namespace

std::vector<questions::Question> sample_questions() {
  const char* s1944 = "بدأت العلاقات الدبلوماسية بين الاتحاد السوفيتي وسوريا في يوليو عام 1944";
  const char* s1980 = "معاهدة الصداقة والتعاون السوفيتية السورية الأساسية المؤرخة في 8 أكتوبر 1980";
  const char* s2011 =
      "الأزمة السياسية الداخلية في سوريا، التي بدأت في أعقاب ما يسمى بـ”الربيع "
      "العربي” في مارس عام 2011";
  const char* s2015 =
      "وفي 30 سبتمبر عام 2015، أعلن رئيس ديوان الكرملين سيرغي إيفانوف، أن الرئيس بشار الأسد طلب "
      "مساعدة عسكرية من روسيا.";
  const char* s2005 = "زار الرئيس السوري بشار الأسد موسكو العام 2005 لحل مسائل المديونية السورية.";
  const char* s2004 = "عقب زيارة العام 2004 تم توقيع اتفاقية لإلغاء تأشيرات الدخول بين البلدين.";
  const char* s4 = "قام سيرغي لافروف وزير الخارجية الروسي ب 4 زيارات الى سورية";

  std::vector<questions::Question> qs;
  qs.push_back(question(
      "sample-01", "cloze", "في أي عام بدأت العلاقات الدبلوماسية بين الاتحاد السوفيتي وسوريا؟",
      "1944", {}, {fact("date", "1944-07", "يوليو عام 1944", s1944, "بدأت العلاقات الدبلوماسية")},
      0.4));
  qs.push_back(question(
      "sample-02", "mcq", "متى وُقّعت معاهدة الصداقة والتعاون السوفيتية السورية؟", "8 أكتوبر 1980",
      {"8 أكتوبر 1980", "يوليو 1944", "مارس 2011", "30 سبتمبر 2015"},
      {fact("date", "1980-10-08", "8 أكتوبر 1980", s1980, "معاهدة الصداقة والتعاون")}, 0.5));
  qs.push_back(
      question("sample-03", "cloze", "في أي عام بدأت الأزمة السياسية الداخلية في سوريا؟", "2011",
               {}, {fact("date", "2011-03", "مارس عام 2011", s2011, "بدأت الأزمة السياسية")}, 0.3));
  qs.push_back(question(
      "sample-04", "mcq", "متى طلب الرئيس بشار الأسد مساعدة عسكرية من روسيا؟", "30 سبتمبر 2015",
      {"8 أكتوبر 1980", "30 سبتمبر 2015", "آب 2008", "يوليو 1944"},
      {fact("date", "2015-09-30", "30 سبتمبر عام 2015", s2015, "طلب مساعدة عسكرية")}, 0.5));
  qs.push_back(
      question("sample-05", "which_first", "أيهما كان أولاً؟", "توقيع اتفاقية إلغاء تأشيرات الدخول",
               {"زيارة الأسد موسكو لحل مسائل المديونية", "توقيع اتفاقية إلغاء تأشيرات الدخول"},
               {fact("date", "2005", "العام 2005", s2005, "زيارة الأسد موسكو"),
                fact("date", "2004", "العام 2004", s2004, "إلغاء تأشيرات الدخول")},
               0.6));
  qs.push_back(question("sample-06", "numeric", "كم زيارة قام بها سيرغي لافروف إلى سورية؟", "4", {},
                        {fact("quantity", "4 visits", "4 زيارات", s4, "زيارات لافروف إلى سورية")},
                        0.7));
  qs.push_back(question("sample-07", "cloze",
                        "في أي عام زار الرئيس بشار الأسد موسكو لحل مسائل المديونية؟", "2005", {},
                        {fact("date", "2005", "العام 2005", s2005, "زيارة الأسد موسكو")}, 0.5));
  qs.push_back(
      // As the bank writes a timeline: choices shuffled, facts from the earliest to the latest
      // with the choice text as their event, `order` = the choices' indexes in time order.
      question(
          "sample-08", "timeline", "رتّب الأحداث من الأقدم إلى الأحدث", "",
          {"طلب مساعدة عسكرية من روسيا", "بدء العلاقات الدبلوماسية", "معاهدة الصداقة والتعاون",
           "بدء الأزمة السياسية", "إلغاء تأشيرات الدخول"},
          {fact("date", "1944-07", "يوليو عام 1944", s1944, "بدء العلاقات الدبلوماسية"),
           fact("date", "1980-10-08", "8 أكتوبر 1980", s1980, "معاهدة الصداقة والتعاون"),
           fact("date", "2004", "العام 2004", s2004, "إلغاء تأشيرات الدخول"),
           fact("date", "2011-03", "مارس عام 2011", s2011, "بدء الأزمة السياسية"),
           fact("date", "2015-09-30", "30 سبتمبر عام 2015", s2015, "طلب مساعدة عسكرية من روسيا")},
          0.6));
  qs[5].number = 4;
  qs[5].unit = "visits";
  qs[7].order = {1, 2, 4, 3, 0};
  return qs;
}

}  // namespace tarikh::session
