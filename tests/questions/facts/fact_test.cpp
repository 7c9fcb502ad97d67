// Facts: events cut from their sentences, citations, merging across documents, conflicts.
#include "questions/facts/fact.hpp"

#include <gtest/gtest.h>

#include <string>

#include "questions/facts/fold.hpp"

namespace tarikh::questions {
namespace {

// A mention of `surface` (its first occurrence in `text`) built by hand.
Mention mention(std::string_view text, std::string_view surface, std::string value,
                Kind kind = Kind::Date, std::string granularity = "year",
                std::optional<DaySpan> span = std::nullopt) {
  Mention m;
  m.kind = kind;
  m.value = std::move(value);
  m.surface = std::string(surface);
  m.begin = text.find(surface);
  EXPECT_NE(m.begin, std::string_view::npos) << surface;
  m.end = m.begin + surface.size();
  m.granularity = std::move(granularity);
  m.span = span;
  return m;
}

DaySpan year_span(int y) {
  // Days since 1970 of Jan 1 and Dec 31 (good enough for overlap tests: 365.2425 days a year).
  const long first = static_cast<long>((y - 1970) * 365.2425);
  return {first, first + 364};
}

std::string event_of(std::string_view sentence, std::string_view surface, bool temporal = true,
                     std::vector<std::string_view> others = {}) {
  const auto b = sentence.find(surface);
  EXPECT_NE(b, std::string_view::npos);
  std::vector<ByteRange> o;
  for (auto s : others) {
    const auto ob = sentence.find(s);
    o.push_back({ob, ob + s.size(), true});
  }
  return extract_event(sentence, {b, b + surface.size(), temporal}, o);
}

TEST(Event, RemovesTheDateAndItsIntroducer) {
  EXPECT_EQ(event_of("زار الرئيس السوري موسكو في عام 2005 لبحث التعاون.", "2005"),
            "زار الرئيس السوري موسكو لبحث التعاون");
  EXPECT_EQ(event_of("العام 1963 أقيم مركز الدعم في ميناء طرطوس", "العام 1963"),
            "أقيم مركز الدعم في ميناء طرطوس");
}

TEST(Event, CutsAtClauseBoundariesAndListDashes) {
  const std::string s =
      "تعززت العلاقات بين البلدين، - كما زار الرئيس روسيا في آب عام 2008 ثم عاد إلى دمشق";
  EXPECT_EQ(event_of(s, "آب عام 2008"), "زار الرئيس روسيا");
  EXPECT_EQ(event_of("ولد الشاعر في دمشق؛ وفي سنة 1920 انتقل إلى القاهرة", "1920"),
            "انتقل إلى القاهرة");
}

TEST(Event, DropsLeadingConjunctionOnAVerbButNotOnARootWaw) {
  EXPECT_EQ(event_of("وتعززت العلاقات السورية الروسية في 1970", "1970"),
            "تعززت العلاقات السورية الروسية");
  EXPECT_EQ(event_of("وزير الخارجية زار القاهرة عام 1999", "1999"), "وزير الخارجية زار القاهرة");
}

TEST(Event, LongClauseStopsAtAFollowingWawClause) {
  const std::string s =
      "زار الرئيس السوري روسيا في آب عام 2008 وبحث مع الرئيس الروسي ديمتري مدفيديف العلاقات "
      "الثنائية والاوضاع في الشرق الاوسط";
  EXPECT_EQ(event_of(s, "آب عام 2008"), "زار الرئيس السوري روسيا");
}

TEST(Event, OtherDatesOfTheClauseAreRemovedToo) {
  const std::string s =
      "قام الوزير بزيارتين الى سورية في 6 أيلول 2004 و7 أيلول 2006 في إطار جولاته";
  const auto e = event_of(s, "6 أيلول 2004", true, {"7 أيلول 2006"});
  EXPECT_EQ(e, "قام الوزير بزيارتين الى سورية في إطار جولاته");
}

TEST(Event, QuantityIsBlankedAndDatesKept) {
  const std::string s = "وقعت اتفاقية شطب 73 في المئة من الديون السورية عام 2005";
  EXPECT_EQ(event_of(s, "73 في المئة", false), "وقعت اتفاقية شطب ____ من الديون السورية عام 2005");
}

TEST(Event, QuantityBlankAtTheEndOfTheClauseStays) {
  EXPECT_EQ(event_of("بلغ عدد سكان الجزائر عام 2023 نحو 45 مليون نسمة، وتبلغ مساحتها 2.38 مليون",
                     "45 مليون نسمة", false),
            "بلغ عدد سكان الجزائر عام 2023 نحو ____");
  EXPECT_EQ(event_of("صوّت 99.72% من الناخبين للاستقلال", "99.72%", false),
            "صوّت ____ من الناخبين للاستقلال");
}

TEST(Event, ALeadingPhraseBeforeTheVerbMovesAfterIt) {
  // "متى في المغرب انتصر …؟" read badly: the verb comes first.
  EXPECT_EQ(event_of("وفي المغرب انتصر السعديون على البرتغاليين في معركة وادي المخازن في 4 "
                     "أغسطس 1578",
                     "4 أغسطس 1578"),
            "انتصر السعديون على البرتغاليين في معركة وادي المخازن في المغرب");
  EXPECT_EQ(event_of("في حرب 5 حزيران 1967 خسرت مصر شبه جزيرة سيناء", "5 حزيران 1967"),
            "خسرت مصر شبه جزيرة سيناء في حرب");
}

TEST(Event, ADefiniteSubjectBeforeItsVerbGoesAfterIt) {
  EXPECT_EQ(
      event_of("القوات الفرنسية هزمت الجيش السوري في معركة ميسلون في 24 تموز 1920", "24 تموز 1920"),
      "هزمت القوات الفرنسية الجيش السوري في معركة ميسلون");
  // A definite subject followed by a name or a noun stays as it is.
  EXPECT_EQ(event_of("الرئيس بشار الأسد زار موسكو عام 2005", "2005"),
            "الرئيس بشار الأسد زار موسكو");
  // A relative pronoun is no subject.
  EXPECT_EQ(event_of("التي بدأت في آذار 2011 بمظاهرات سلمية", "آذار 2011"),
            "التي بدأت بمظاهرات سلمية");
}

// A date alone between commas takes the clause after them.
TEST(Event, ADateAloneBetweenCommasTakesTheNextClause) {
  const std::string s =
      "وبعد ثلاث سنوات، أي في عام 1801، غادر الفرنسيون مصر إثر هزيمتهم أمام القوات البريطانية.";
  EXPECT_EQ(event_of(s, "1801"), "غادر الفرنسيون مصر إثر هزيمتهم أمام القوات البريطانية");
  EXPECT_EQ(event_of("وفي عام 1492، سقطت غرناطة.", "1492"), "سقطت غرناطة");
  // When the clause after the commas opens on و it is a clause of its own: the date belongs to
  // the clause before.
  const std::string war =
      "امتدت الحرب ثماني سنوات، من أيلول 1980 حتى آب 1988، وقُدّر عدد ضحاياها بنحو مليون شخص.";
  EXPECT_EQ(event_of(war, "أيلول 1980 حتى آب 1988"), "امتدت الحرب ثماني سنوات");
}

// Two dates joined by a و-clause are two events.
TEST(Event, TwoDatesJoinedByAWawClauseAreTwoEvents) {
  const std::string s = "ولد الشاعر في دمشق عام 1900 وتوفي في القاهرة عام 1950 بعد مرض طويل.";
  EXPECT_EQ(event_of(s, "1900", true, {"1950"}), "ولد الشاعر في دمشق");
  EXPECT_EQ(event_of(s, "1950", true, {"1900"}), "توفي في القاهرة بعد مرض طويل");
  // The second clause without a subject of its own is no event.
  const std::string u = "قامت الوحدة بين مصر وسوريا في 22 شباط 1958 وانتهت في 28 أيلول 1961.";
  EXPECT_EQ(event_of(u, "22 شباط 1958", true, {"28 أيلول 1961"}), "قامت الوحدة بين مصر وسوريا");
  EXPECT_EQ(event_of(u, "28 أيلول 1961", true, {"22 شباط 1958"}), "");
}

TEST(Event, AnEventAfterBaadAnIsItsOwn) {
  EXPECT_EQ(
      event_of("بعد أن دخلت القوات الفرنسية دمشق في 25 تموز 1920 إثر معركة ميسلون", "25 تموز 1920"),
      "دخلت القوات الفرنسية دمشق إثر معركة ميسلون");
  EXPECT_EQ(event_of("بعد أن كان الإنتاج مرتفعاً جداً في 9 يوليو 2011", "9 يوليو 2011"), "");
}

TEST(Event, ASourceAfterTheDateIsNoPartOfTheEvent) {
  EXPECT_EQ(event_of("أسس الفينيقيون قرطاج عام 814 ق.م وفق الروايات التقليدية.", "814 ق.م"),
            "أسس الفينيقيون قرطاج");
  EXPECT_EQ(event_of("ونحو عام 814 ق.م وفق الروايات التقليدية.", "814 ق.م"), "");
}

TEST(Event, PartsOfTheDayGoWithTheDate) {
  EXPECT_EQ(event_of("وفي صبيحة 14 تموز 1958 أطاح الضباط الأحرار بالنظام الملكي.", "14 تموز 1958"),
            "أطاح الضباط الأحرار بالنظام الملكي");
  EXPECT_EQ(event_of("وعشية 5 حزيران 1967 اجتمع القادة.", "5 حزيران 1967"), "اجتمع القادة");
}

TEST(Event, ADanglingPhraseIsNoEvent) {
  // A press conference held on a date is no history: "متى في مؤتمر صحفي عُقد؟" is not asked.
  const std::string s =
      "وفي مؤتمر صحفي عُقد يوم الأربعاء 24 من كانون الأول، صرح الشيباني بأن العلاقات تشهد "
      "مرحلة جديدة.";
  EXPECT_EQ(event_of(s, "24 من كانون الأول"), "");
  // The remnant of a period ("في الفترة بين 1970 و1980") is dropped.
  EXPECT_EQ(event_of("في الفترة بين 1970 و1980 تضاعفت عائدات النفط الليبية", "1970 و1980"),
            "تضاعفت عائدات النفط الليبية");
  // A comparison fragment ("مقابل 7.9 في المئة عام 2021") is no event.
  EXPECT_EQ(event_of("مقابل 7.9 في المئة عام 2021", "2021", true, {}), "");
  EXPECT_EQ(
      event_of("بعد أن كان 470 ألف برميل قبل انفصال جنوب السودان في 9 يوليو 2011", "9 يوليو 2011"),
      "");
  EXPECT_EQ(event_of("وظل معطلاً ثلاثين سنة إلى أن أعيد العمل به عام 1908", "1908"),
            "ظل معطلاً ثلاثين سنة إلى أن أعيد العمل به");
  EXPECT_EQ(event_of("إثر اغتيال ولي عهد النمسا في سراييفو في 28 حزيران 1914", "28 حزيران 1914"),
            "");
  EXPECT_EQ(event_of("وهكذا انتهى عصر العباسيين سنة 656 هـ", "656 هـ"), "انتهى عصر العباسيين");
}

TEST(Event, LeadingHattaAndGluedFaAreDroppedButNotAFaOfTheRoot) {
  EXPECT_EQ(event_of("حتى فرضت فرنسا الحماية عليه في 30 مارس 1912", "30 مارس 1912"),
            "فرضت فرنسا الحماية عليه");
  EXPECT_EQ(
      event_of("فشنت بريطانيا وفرنسا وإسرائيل هجوماً على مصر في 29 أكتوبر 1956", "29 أكتوبر 1956"),
      "شنت بريطانيا وفرنسا وإسرائيل هجوماً على مصر");
  EXPECT_EQ(
      event_of("فأصبحت ثانية مدن الإمبراطورية الغربية بعد روما في القرن الثاني", "القرن الثاني"),
      "أصبحت ثانية مدن الإمبراطورية الغربية بعد روما");
  EXPECT_EQ(event_of("فتحها المسلمون بقيادة حسان بن النعمان سنة 78 هـ", "78 هـ"),
            "فتحها المسلمون بقيادة حسان بن النعمان");
}

TEST(Event, AHeadingDateDatesWhatFollowsItsColon) {
  EXPECT_EQ(event_of("١٦٩٦م: بدأ الأسطول العُماني حصار قلعة يسوع في ممباسا.", "١٦٩٦م"),
            "بدأ الأسطول العُماني حصار قلعة يسوع في ممباسا");
  EXPECT_EQ(event_of("القدس، الأحد 9 كانون الأول 1917: القوات البريطانية تدخل المدينة.",
                     "9 كانون الأول 1917"),
            "القوات البريطانية تدخل المدينة");
  // A colon after a clause with words of its own keeps that clause's event.
  EXPECT_EQ(event_of("وقّعت المعاهدة في 1920: وهذه بنودها.", "1920"), "وقّعت المعاهدة");
}

TEST(Event, AStepInTimeBeforeADateBetweenCommasIsNoEvent) {
  // "وبعد نحو 15 عاماً" only says when; the clause after the commas is the event, though its
  // first word (وقّع) begins with a و of its root.
  EXPECT_EQ(event_of("وبعد نحو 15 عاماً، في 1259 ق.م، وقّع الطرفان أقدم معاهدة سلام.", "1259 ق.م",
                     true, {}),
            "وقّع الطرفان أقدم معاهدة سلام");
}

TEST(Event, AClauseOpeningOnFiAfterAnAppositionGoesOnTheClauseBefore) {
  EXPECT_EQ(event_of("استسلم ركن الدين خورشاه، زعيم النزارية الإسماعيلية، في قلعة ميمون دز في "
                     "أواخر سنة 654هـ، ثم سقطت قلعة ألموت.",
                     "أواخر سنة 654هـ"),
            "استسلم ركن الدين خورشاه، زعيم النزارية الإسماعيلية، في قلعة ميمون دز");
  // Not when the clause before has a date of its own.
  EXPECT_EQ(event_of("تأسست المدينة عام 1200، في عهد الملك، في 5 أيار 1250 احترقت.", "5 أيار 1250",
                     true, {"1200"}),
            "احترقت");
}

TEST(Event, WhatWasSaidGoesOnAcrossTheComma) {
  EXPECT_EQ(event_of("وفي 30 سبتمبر عام 2015، أعلن رئيس ديوان الكرملين سيرغي إيفانوف، أن الرئيس "
                     "طلب مساعدة عسكرية.",
                     "30 سبتمبر عام 2015"),
            "أعلن رئيس ديوان الكرملين سيرغي إيفانوف، أن الرئيس طلب مساعدة عسكرية");
  // Across a short apposition between commas too.
  EXPECT_EQ(event_of("وفي 30 سبتمبر عام 2015، أعلن رئيس ديوان الكرملين، سيرغي إيفانوف، أن الأسد "
                     "طلب مساعدة عسكرية.",
                     "30 سبتمبر عام 2015"),
            "أعلن رئيس ديوان الكرملين، سيرغي إيفانوف، أن الأسد طلب مساعدة عسكرية");
}

TEST(Event, TheDualYearWordGoesWithItsRange) {
  EXPECT_EQ(event_of("وتولى عبد الملك بن مروان الخلافة بين سنتي ٦٥ و٨٦ هـ، وهو المؤسس الثاني.",
                     "٦٥ و٨٦ هـ"),
            "تولى عبد الملك بن مروان الخلافة");
}

TEST(Event, FiHinIsAConjunction) {
  EXPECT_EQ(event_of("في حين بلغ التبادل التجاري ذروته عام 2008", "2008"),
            "بلغ التبادل التجاري ذروته");
}

TEST(Event, EitherEndOfAPairOfAmountsIsNoFactAlone) {
  const std::string s = "قدّرت المصادر جيش هولاكو بما بين 120 ألفًا و150 ألف مقاتل.";
  EXPECT_EQ(event_of(s, "120 ألفًا", false, {}), "");
  EXPECT_EQ(event_of(s, "150 ألف مقاتل", false, {}), "");
  EXPECT_EQ(event_of("قدّرت المصادر جيش هولاكو بنحو 120 ألف مقاتل.", "120 ألف مقاتل", false, {}),
            "قدّرت المصادر جيش هولاكو بنحو ____");
}

TEST(Facts, ADateRecalledForANounDatesNoEvent) {
  const std::string text = "وانتهت الخلافة العباسية بعد خمسة قرون على قيامها سنة 132هـ.";
  Mention m = mention(text, "132هـ", "132AH", Kind::Date, "year", year_span(750));
  m.looks_back = true;
  const auto facts = facts_of_text("doc.txt", text, {{0, text.size(), 1}}, {m});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].event, "");  // not "انتهت الخلافة العباسية"
}

TEST(Event, ADateEndingItsSentenceAfterACommaDatesTheClauseBefore) {
  EXPECT_EQ(event_of("وهكذا دامت الحروب الصليبية قرابة قرنين من الزمان، من 1096 إلى 1291 م.",
                     "1096 إلى 1291 م", true, {}),
            "دامت الحروب الصليبية قرابة قرنين من الزمان");
  EXPECT_EQ(event_of("ثم انسحب الجيش من المدينة، عام 1967", "1967"), "انسحب الجيش من المدينة");
}

TEST(Event, AWordWhoseWawIsTheRootsOpensNoClause) {
  // "وطن" is no "و" + "طن": the long clause is not cut there.
  EXPECT_EQ(
      event_of("لندن، 2 تشرين الثاني 1917: وزير الخارجية البريطاني آرثر بلفور يبعث برسالة إلى "
               "اللورد روتشيلد يعد فيها بإقامة \"وطن قومي لليهود\" في فلسطين.",
               "2 تشرين الثاني 1917"),
      "وزير الخارجية البريطاني آرثر بلفور يبعث برسالة إلى اللورد روتشيلد يعد فيها بإقامة "
      "\"وطن قومي لليهود\" في فلسطين");
}

TEST(Event, AWordEndingInTaMarbutaOpensNoClause) {
  // "واسعة" is an adjective, not "و" + a verb: the event keeps it whole.
  EXPECT_EQ(event_of("شهدت البلاد موجة هجرة واسعة بلغت ذروتها سنة 1935", "1935", true, {}),
            "شهدت البلاد موجة هجرة واسعة بلغت ذروتها");
  EXPECT_EQ(event_of("وشهد عقد الثلاثينيات موجة هجرة يهودية واسعة بلغت ذروتها سنة 1935", "1935",
                     true, {"الثلاثينيات"}),
            "شهد موجة هجرة يهودية واسعة بلغت ذروتها");
}

TEST(Event, ANumbersYearUnitStays) {
  EXPECT_EQ(
      event_of("توفي عمر بن عبد العزيز في رجب سنة ١٠١ هـ وله من العمر ٣٩ سنة", "رجب سنة ١٠١ هـ"),
      "توفي عمر بن عبد العزيز وله من العمر ٣٩ سنة");
  EXPECT_EQ(event_of("وحكم هشام قرابة ٢٠ سنة، من ١٠٥ إلى ١٢٥ هـ، وكانت من أطول الخلافات.",
                     "١٠٥ إلى ١٢٥ هـ"),
            "حكم هشام قرابة ٢٠ سنة");
}

TEST(Event, HedgesAndPeriodWordsBeforeTheDateGoWithIt) {
  EXPECT_EQ(event_of("وتوفي ابن بطوطة نحو 779 هـ", "779 هـ"), "توفي ابن بطوطة");
  EXPECT_EQ(event_of("عقدت آخر جولة من مفاوضات أستانا في الفترة الممتدة من 22 إلى 23 نوفمبر 2022",
                     "22 إلى 23 نوفمبر 2022"),
            "عقدت آخر جولة من مفاوضات أستانا");
  EXPECT_EQ(event_of("اندلعت الحرب العالمية الأولى في صيف 1914", "1914"),
            "اندلعت الحرب العالمية الأولى");
  EXPECT_EQ(event_of("أطاح به انقلاب عسكري فجر 10 يوليو 1978", "10 يوليو 1978"),
            "أطاح به انقلاب عسكري");
  EXPECT_EQ(event_of("شهدت البلاد ثلاثة انقلابات عسكرية عام 1949 وحده", "1949"),
            "شهدت البلاد ثلاثة انقلابات عسكرية");
}

TEST(Facts, PublicationNotesAreNotHistory) {
  const std::string text =
      "نُشر في 12 آذار 2021.\nآخر تحديث: 3 نيسان 2022\nاستقلت سوريا عام 1946 بعد كفاح طويل.";
  const std::size_t l2 = text.find('\n') + 1, l3 = text.find('\n', l2) + 1;
  std::vector<Sentence> sentences = {{0, l2 - 1, 1}, {l2, l3 - 1, 2}, {l3, text.size(), 3}};
  std::vector<Mention> mentions = {mention(text, "12 آذار 2021", "2021-03-12", Kind::Date, "day"),
                                   mention(text, "3 نيسان 2022", "2022-04-03", Kind::Date, "day"),
                                   mention(text, "1946", "1946")};
  const auto facts = facts_of_text("doc.txt", text, sentences, mentions);
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].value, "1946");
  const std::string note =
      "الخبر نشر أولاً على موقع enabbaladi.net وتم جلبه من مصدره الأصلي بتاريخ 24 كانون الأول "
      "2025.";
  EXPECT_TRUE(facts_of_text("doc.txt", note, {{0, note.size(), 1}},
                            {mention(note, "24 كانون الأول 2025", "2025-12-24", Kind::Date, "day")})
                  .empty());
  // "نشر" far from a date in history is no note.
  const std::string history = "نشر الفاتحون الإسلام في شمال أفريقيا وأسسوا القيروان عام 670.";
  EXPECT_EQ(
      facts_of_text("doc.txt", history, {{0, history.size(), 1}}, {mention(history, "670", "0670")})
          .size(),
      1u);
  EXPECT_EQ(facts[0].event, "استقلت سوريا بعد كفاح طويل");
}

// "138 هـ (755 م)": one date in two calendars names one event, whichever of the two is asked.
TEST(Facts, ADateInBothCalendarsKeepsItsEvent) {
  const std::string text = "وفي عام 138 هـ (755 م) دخل عبد الرحمن الداخل قرطبة.";
  Mention hijri = mention(text, "138 هـ", "138AH", Kind::Date, "year", year_span(755));
  hijri.span->last += 300;  // 138 AH runs into 756
  const Mention greg = mention(text, "755 م", "0755", Kind::Date, "year", year_span(755));
  const auto facts = facts_of_text("doc.txt", text, {{0, text.size(), 1}}, {hijri, greg});
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].event, "دخل عبد الرحمن الداخل قرطبة");
  EXPECT_EQ(facts[1].event, "دخل عبد الرحمن الداخل قرطبة");
  EXPECT_EQ(calendar_twin_end(text, hijri, greg), text.find(")") + 1);

  const std::string linked = "فتح المسلمون الأندلس سنة 92هـ الموافق 711م بقيادة طارق.";
  const Mention h2 = mention(linked, "92هـ", "92AH", Kind::Date, "year", year_span(711));
  const Mention g2 = mention(linked, "711م", "0711", Kind::Date, "year", year_span(711));
  EXPECT_EQ(calendar_twin_end(linked, h2, g2), g2.end);
  // Two dates of one calendar, or of years apart, or with words between, are no twins.
  const std::string apart = "سقطت غرناطة سنة 897هـ ثم سنة 1609م طرد الموريسكيون.";
  EXPECT_EQ(calendar_twin_end(apart,
                              mention(apart, "897هـ", "897AH", Kind::Date, "year", year_span(1492)),
                              mention(apart, "1609م", "1609", Kind::Date, "year", year_span(1609))),
            0u);
  const std::string both = "بين 1453 (1460) وقعت أحداث.";
  EXPECT_EQ(
      calendar_twin_end(both, mention(both, "1453", "1453", Kind::Date, "year", year_span(1453)),
                        mention(both, "1460", "1460", Kind::Date, "year", year_span(1460))),
      0u);
}

TEST(Facts, ADateGivenAgainInTheOtherCalendarFurtherOnNamesTheSameEvent) {
  const std::string text = "وفي سنة ١١٤ هـ وقعت معركة بلاط الشهداء، الموافقة لسنة ٧٣٢م.";
  Mention hijri = mention(text, "١١٤ هـ", "114AH", Kind::Date, "year", year_span(732));
  const Mention greg = mention(text, "٧٣٢م", "0732", Kind::Date, "year", year_span(732));
  const auto facts = facts_of_text("doc.txt", text, {{0, text.size(), 1}}, {hijri, greg});
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].event, "وقعت معركة بلاط الشهداء");
  EXPECT_EQ(facts[1].event, "وقعت معركة بلاط الشهداء");  // not "الموافقة لسنة"
  // Without the linking word the later date keeps its own clause.
  const std::string apart = "وفي سنة ١١٤ هـ وقعت معركة بلاط الشهداء، وفي ٧٣٢م عاد الجيش.";
  const auto two =
      facts_of_text("doc.txt", apart, {{0, apart.size(), 1}},
                    {mention(apart, "١١٤ هـ", "114AH", Kind::Date, "year", year_span(732)),
                     mention(apart, "٧٣٢م", "0732", Kind::Date, "year", year_span(732))});
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].event, "عاد الجيش");
}

TEST(Facts, CitationHasLineSentenceAndCharacterOffsets) {
  const std::string text = "سطر أول بلا تاريخ.\nثم جاء الاستقلال عام 1946 بعد كفاح طويل.";
  std::vector<Sentence> sentences = {{0, text.find('\n'), 1},
                                     {text.find('\n') + 1, text.size(), 2}};
  std::vector<Mention> mentions = {mention(text, "1946", "1946")};
  const auto facts = facts_of_text("doc.txt", text, sentences, mentions, 10, 100);
  ASSERT_EQ(facts.size(), 1u);
  const auto& c = facts[0].citations.at(0);
  EXPECT_EQ(c.doc, "doc.txt");
  EXPECT_EQ(c.line, 11);  // line 2 of a chunk starting at line 10
  EXPECT_EQ(c.sentence, "ثم جاء الاستقلال عام 1946 بعد كفاح طويل.");
  // Character (code point) offsets, shifted by the chunk's first character.
  const std::u32string before = U"سطر أول بلا تاريخ.\nثم جاء الاستقلال عام ";
  EXPECT_EQ(c.char_begin, 100 + before.size());
  EXPECT_EQ(c.char_end, 100 + before.size() + 4);
  EXPECT_EQ(facts[0].event, "جاء الاستقلال بعد كفاح طويل");
}

TEST(Facts, DamagedSentencesGiveNoFacts) {
  const std::string text = "حدث هذا عام 1950 \xEF\xBF\xBD هنا.";
  std::vector<Sentence> sentences = {{0, text.size(), 1}};
  const auto facts = facts_of_text("d.txt", text, sentences, {mention(text, "1950", "1950")}, 1, 0);
  EXPECT_TRUE(facts.empty());
}

Fact fact(std::string doc, std::string event, std::string value, std::optional<DaySpan> span,
          std::string granularity = "year") {
  Fact f;
  f.kind = Kind::Date;
  f.value = value;
  f.granularity = granularity;
  f.span = span;
  f.event = std::move(event);
  f.surface = value;
  Citation c;
  c.doc = std::move(doc);
  c.sentence = f.event + " " + value;
  c.surface = value;
  f.citations.push_back(c);
  f.citation_count = 1;
  return f;
}

TEST(Merge, SameEventSameValueIsOneFactWithSeveralCitations) {
  auto r = merge_facts({fact("a.txt", "بدأت العلاقات الدبلوماسية بين الاتحاد السوفيتي وسوريا",
                             "1944", year_span(1944)),
                        fact("b.txt", "وبدأت العلاقات الدبلوماسية بين الاتحاد السوفياتي وسوريا",
                             "1944", year_span(1944))});
  ASSERT_EQ(r.facts.size(), 1u);
  EXPECT_EQ(r.facts[0].citations.size(), 2u);
  EXPECT_EQ(r.facts[0].citation_count, 2u);
  EXPECT_EQ(r.facts[0].status, FactStatus::Ok);
  EXPECT_TRUE(r.conflicts.empty());
}

TEST(Merge, AYearAndAMonthOfThatYearAgreeAndTheFinerValueStands) {
  const DaySpan july{year_span(1944).first + 181, year_span(1944).first + 211};
  auto r = merge_facts(
      {fact("a.txt", "بدأت العلاقات الدبلوماسية بين البلدين", "1944", year_span(1944)),
       fact("b.txt", "بدأت العلاقات الدبلوماسية بين البلدين", "1944-07", july, "month")});
  ASSERT_EQ(r.facts.size(), 1u);
  EXPECT_EQ(r.facts[0].value, "1944-07");
  EXPECT_TRUE(r.conflicts.empty());
}

TEST(Merge, SameEventDifferentValuesAcrossDocumentsIsAConflict) {
  auto r = merge_facts({fact("a.txt", "تأسست الجامعة العربية في القاهرة", "1945", year_span(1945)),
                        fact("b.txt", "تأسست الجامعة العربية في القاهرة", "1946", year_span(1946)),
                        fact("a.txt", "انتهت الحرب العالمية الثانية", "1945", year_span(1945))});
  ASSERT_EQ(r.conflicts.size(), 1u);
  ASSERT_EQ(r.conflicts[0].facts.size(), 2u);
  for (std::size_t i : r.conflicts[0].facts) {
    EXPECT_EQ(r.facts[i].status, FactStatus::Conflict);
  }
  int ok = 0;
  for (const auto& f : r.facts) ok += f.status == FactStatus::Ok;
  EXPECT_EQ(ok, 1);
}

TEST(Merge, OneDocumentStatingTwoValuesMeansEventsAlikeNotAConflict) {
  auto r =
      merge_facts({fact("a.txt", "قام وزير الخارجية بزيارة الى سورية", "2004", year_span(2004)),
                   fact("a.txt", "قام وزير الخارجية بزيارة الى سورية", "2006", year_span(2006))});
  EXPECT_TRUE(r.conflicts.empty());
  ASSERT_EQ(r.facts.size(), 2u);
  for (const auto& f : r.facts) EXPECT_EQ(f.status, FactStatus::Ambiguous);
  // Each knows the other's value, so it is never offered as a wrong answer.
  EXPECT_EQ(r.facts[0].related_values, std::vector<std::string>{"2006"});
}

TEST(Merge, TwoPeriodsOfOneDocumentThatOnlyOverlapAreBothKept) {
  const DaySpan first{year_span(684).first, year_span(705).last};
  const DaySpan second{year_span(705).first, year_span(715).last};
  auto period = [](std::string event, std::string value, DaySpan span) {
    Fact f = fact("a.txt", std::move(event), std::move(value), span);
    f.kind = Kind::Range;
    return f;
  };
  auto r = merge_facts({period("تولى عبد الملك بن مروان الخلافة", "65AH/86AH", first),
                        period("تولى الوليد بن عبد الملك الخلافة", "86AH/96AH", second)});
  ASSERT_EQ(r.facts.size(), 2u);  // neither is lost to the other
  EXPECT_TRUE(r.conflicts.empty());
  // Worded apart, they are two events, each asked on its own.
  for (const auto& f : r.facts) EXPECT_EQ(f.status, FactStatus::Ok) << f.event;
  // A period and a year inside it still agree.
  auto nested = merge_facts(
      {period("قامت الحرب الكبرى", "1914/1918", {year_span(1914).first, year_span(1918).last}),
       fact("a.txt", "قامت الحرب الكبرى", "1914", year_span(1914))});
  EXPECT_EQ(nested.facts.size(), 1u);
}

TEST(Merge, AHijriDayADayOffItsGregorianTwinAgreesWithIt) {
  // "24 ربيع الآخر 583 هـ / 4 تموز 1187 م": the computed Hijri day may fall a day off.
  const long day = year_span(1187).first + 184;
  Fact hijri = fact("a.txt", "التقى صلاح الدين بالصليبيين عند حطين", "583-04-24AH",
                    DaySpan{day + 1, day + 1}, "day");
  Fact greg =
      fact("a.txt", "التقى صلاح الدين بالصليبيين عند حطين", "1187-07-04", DaySpan{day, day}, "day");
  EXPECT_TRUE(values_agree(hijri, greg));
  auto r = merge_facts({hijri, greg});
  ASSERT_EQ(r.facts.size(), 1u);
  EXPECT_EQ(r.facts[0].status, FactStatus::Ok);
  // Two Gregorian days a day apart are two values.
  Fact other = greg;
  other.value = "1187-07-05";
  other.span = DaySpan{day + 1, day + 1};
  EXPECT_FALSE(values_agree(greg, other));
}

TEST(Merge, DifferentEventsStayApart) {
  auto r =
      merge_facts({fact("a.txt", "زار الرئيس موسكو لحل مسائل المديونية", "2005", year_span(2005)),
                   fact("b.txt", "افتتح سد الفرات على نهر الفرات", "1973", year_span(1973))});
  EXPECT_EQ(r.facts.size(), 2u);
  EXPECT_TRUE(r.conflicts.empty());
  for (const auto& f : r.facts) EXPECT_EQ(f.status, FactStatus::Ok);
}

TEST(Fold, NormalizesSpellingAndDigits) {
  EXPECT_EQ(fold_arabic("أَيّار ١٩٤٤"), fold_arabic("ايار 1944"));
  EXPECT_EQ(fold_arabic("مدرســة"), "مدرسه");
  EXPECT_EQ(fold_arabic("إبريل ۲۰۰۸"), "ابريل 2008");
  EXPECT_EQ(fold_arabic("٢٫٥"), "2.5");
}

TEST(Fold, FindsMonthsOfBothSets) {
  const auto m = find_months(fold_arabic("26 آب (أغسطس) 1943 وكانون الثاني و تشرين اول"));
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].month, 8);
  EXPECT_EQ(m[0].set, 0);
  EXPECT_EQ(m[1].month, 8);
  EXPECT_EQ(m[1].set, 1);
  EXPECT_EQ(m[2].month, 1);
  EXPECT_EQ(m[3].month, 10);
}

}  // namespace
}  // namespace tarikh::questions
