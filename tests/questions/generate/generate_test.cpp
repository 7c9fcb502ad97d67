// Questions: each type, distractor rules, the giveaway filter, stable ids, typed answers.
#include "questions/generate/generate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "questions/facts/fold.hpp"
#include "questions/generate/values.hpp"

namespace tarikh::questions {
namespace {

DaySpan span_of(const std::string& value) {
  const auto tv = parse_time_value(value);
  EXPECT_TRUE(tv) << value;
  auto first_day = [](const TimePoint& p) {
    return days_from_civil(p.year, p.month ? p.month : 1, p.day ? p.day : 1);
  };
  auto last_day = [](const TimePoint& p) {
    if (p.unit == TimePoint::Unit::Day) return days_from_civil(p.year, p.month, p.day);
    if (p.unit == TimePoint::Unit::Month)
      return days_from_civil(p.year, p.month, days_in_month(p.year, p.month));
    const int last_year = p.unit == TimePoint::Unit::Decade    ? p.year + 9
                          : p.unit == TimePoint::Unit::Century ? p.year + 99
                                                               : p.year;
    return days_from_civil(last_year, 12, 31);
  };
  return {first_day(tv->first), last_day(tv->last ? *tv->last : tv->first)};
}

Fact dated(std::string value, std::string surface, std::string event, std::string sentence,
           std::string granularity = "year", std::string doc = "doc.txt") {
  Fact f;
  f.kind = value.find('/') != std::string::npos ? Kind::Range
           : value.back() == 'X'                ? Kind::Decade
                                                : Kind::Date;
  f.value = value;
  f.granularity = granularity;
  f.span = span_of(value);
  f.surface = surface;
  f.event = event;
  Citation c;
  c.doc = doc;
  c.sentence = sentence;
  c.surface = surface;
  c.line = 3;
  f.citations = {c};
  f.citation_count = 1;
  return f;
}

Fact quantity(double number, std::string unit, std::string value, std::string surface,
              std::string event, std::string sentence) {
  Fact f;
  f.kind = Kind::Quantity;
  f.value = value;
  f.number = number;
  f.unit = unit;
  f.surface = surface;
  f.event = event;
  Citation c;
  c.doc = "doc.txt";
  c.sentence = sentence;
  c.surface = surface;
  f.citations = {c};
  f.citation_count = 1;
  return f;
}

Fact year_fact(int year) {
  const std::string y = std::to_string(year);
  return dated(y, "عام " + y, "زار الرئيس موسكو لبحث التعاون", "زار الرئيس موسكو عام " + y);
}

TEST(Values, ParseFormatAndRenderInTheSurfaceStyle) {
  for (const char* v : {"1980-10-08", "1944-07", "2008", "2008-03-19/2008-03-20", "1831/1840",
                        "197X", "18XX", "922AH"}) {
    const auto tv = parse_time_value(v);
    ASSERT_TRUE(tv) << v;
    EXPECT_EQ(format_time_value(*tv), v);
  }
  EXPECT_FALSE(parse_time_value("2008-13"));
  EXPECT_FALSE(parse_time_value("banana"));
  const auto tv = parse_time_value("2025-12-24");
  EXPECT_EQ(render_time_value(*tv, style_of("٢٤ كانون الأول ٢٠٢٥")), "٢٤ كانون الأول ٢٠٢٥");
  EXPECT_EQ(render_time_value(*tv, style_of("24 ديسمبر 2025")), "24 ديسمبر 2025");
  EXPECT_EQ(render_time_value(*parse_time_value("2023-02-06"), style_of("6 فبراير/ شباط 2023")),
            "6 فبراير (شباط) 2023");
  // Maghrebi month names stay Maghrebi: an Algerian document's "20 أوت 1956" is not asked back
  // as "20 آب 1956".
  EXPECT_EQ(render_time_value(*parse_time_value("1956-08-20"), style_of("20 أوت 1956")),
            "20 أوت 1956");
  EXPECT_EQ(render_time_value(*parse_time_value("1962-06-05"), style_of("5 جويلية 1962")),
            "5 جوان 1962");
  EXPECT_EQ(render_time_value(*parse_time_value("1962-01"), style_of("جانفي 1962")), "جانفي 1962");
  // Names the Maghreb shares with Egypt read as Egyptian.
  EXPECT_EQ(render_time_value(*parse_time_value("1962-07-05"), style_of("18 مارس 1962")),
            "5 يوليو 1962");
  EXPECT_EQ(render_time_value(*parse_time_value("197X"), {}), "سبعينيات القرن العشرين");
  EXPECT_EQ(render_time_value(*parse_time_value("18XX"), {}), "القرن التاسع عشر");
}

TEST(Distractors, YearsAgainstYearsNearDistinctAndDeterministic) {
  const Fact f = year_fact(1990);
  const auto values = distractor_values(f, 42);
  ASSERT_EQ(values.size(), 3u);
  std::set<std::string> distinct(values.begin(), values.end());
  EXPECT_EQ(distinct.size(), 3u);
  for (const auto& v : values) {
    ASSERT_TRUE(std::regex_match(v, std::regex("[0-9]{4}"))) << v;
    EXPECT_NE(v, "1990");
    EXPECT_LE(std::abs(std::stoi(v) - 1990), 10) << v;
  }
  EXPECT_EQ(values, distractor_values(f, 42));
  EXPECT_EQ(make_distractors(f, 42), make_distractors(f, 42));
  bool some_seed_differs = false;
  for (std::uint64_t seed = 1; seed < 20; ++seed) {
    some_seed_differs = some_seed_differs || distractor_values(f, seed) != values;
  }
  EXPECT_TRUE(some_seed_differs);
}

TEST(Distractors, NeverAnotherTrueValueOfTheEvent) {
  Fact f = year_fact(2005);
  f.related_values = {"2004", "2006", "2003", "2007"};
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    for (const auto& v : distractor_values(f, seed)) {
      EXPECT_TRUE(std::find(f.related_values.begin(), f.related_values.end(), v) ==
                  f.related_values.end())
          << v;
    }
  }
}

// Hijri months and days (922-09AH, 922-12-29AH): parsed, written back, rendered with the Hijri
// month names, and given distractors that are real Hijri dates of the same granularity.
TEST(Distractors, HijriMonthsAndDays) {
  const auto day = parse_time_value("922-12-29AH");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->first.unit, TimePoint::Unit::HijriDay);
  EXPECT_EQ(format_time_value(*day), "922-12-29AH");
  EXPECT_EQ(render_time_value(*day, style_of("29 ذي الحجة 922هـ")), "29 ذي الحجة 922 هـ");
  EXPECT_EQ(render_time_value(*day, style_of("٢٩ ذي الحجة ٩٢٢هـ")), "٢٩ ذي الحجة ٩٢٢ هـ");
  const auto month = parse_time_value("1440-09AH");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->first.unit, TimePoint::Unit::HijriMonth);
  EXPECT_EQ(render_time_value(*month, {}), "رمضان 1440 هـ");
  EXPECT_FALSE(parse_time_value("922-13AH"));
  EXPECT_FALSE(parse_time_value("922-12-31AH"));  // Hijri months have 29 or 30 days

  Fact f = dated("1293-12-07", "7 ذي الحجة 1293 هـ", "صدر الدستور العثماني الأول",
                 "صدر الدستور العثماني الأول في 7 ذي الحجة 1293 هـ", "day");
  f.value = "1293-12-07AH";
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto values = distractor_values(f, seed);
    const auto texts = make_distractors(f, seed);
    ASSERT_EQ(texts.size(), 3u) << seed;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto v = parse_time_value(values[i]);
      ASSERT_TRUE(v) << values[i];
      EXPECT_EQ(v->first.unit, TimePoint::Unit::HijriDay) << values[i];
      EXPECT_NE(values[i], f.value);
      EXPECT_NE(texts[i].find(" هـ"), std::string::npos) << texts[i];
    }
  }
}

TEST(Distractors, DayMonthYearInTheAnswersDigitsAndMonthNames) {
  const Fact f = dated("2025-12-24", "٢٤ كانون الأول ٢٠٢٥", "عقد مؤتمر صحفي في موسكو",
                       "وفي ٢٤ كانون الأول ٢٠٢٥ عقد مؤتمر صحفي في موسكو", "day");
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto values = distractor_values(f, seed);
    const auto texts = make_distractors(f, seed);
    ASSERT_EQ(texts.size(), 3u);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      EXPECT_TRUE(std::regex_match(values[i], std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}")))
          << values[i];
      EXPECT_EQ(digit_script(texts[i]), 1) << texts[i];
      const auto months = find_months(fold_arabic(texts[i]));
      ASSERT_EQ(months.size(), 1u) << texts[i];
      EXPECT_EQ(months[0].set, 0) << texts[i];
      // Near in time: within two years of the answer.
      EXPECT_LE(std::abs(std::stoi(values[i].substr(0, 4)) - 2025), 2) << "far: " << texts[i];
    }
    std::set<std::string> folded;
    for (const auto& t : texts) folded.insert(fold_arabic(t));
    EXPECT_EQ(folded.size(), 3u);
    EXPECT_EQ(folded.count(fold_arabic(*render_answer(f))), 0u);
  }
}

TEST(Distractors, PercentagesAgainstPercentagesInTheSameWords) {
  const Fact f = quantity(73, "%", "73%", "73 في المئة", "وقعت اتفاقية شطب ____ من الديون",
                          "وقعت اتفاقية شطب 73 في المئة من الديون");
  const auto texts = make_distractors(f, 7);
  ASSERT_EQ(texts.size(), 3u);
  for (const auto& t : texts) {
    const auto n = written_number(t);
    ASSERT_TRUE(n) << t;
    EXPECT_GT(n->value, 0);
    EXPECT_LE(n->value, 100);
    EXPECT_NE(n->value, 73);
    EXPECT_NE(t.find("في المئة"), std::string::npos) << t;
  }
  for (const auto& v : distractor_values(f, 7)) EXPECT_EQ(v.back(), '%') << v;
}

TEST(Distractors, DecadesAgainstDecadesAndMoneyKeepsItsDecimals) {
  const Fact d = dated("197X", "سبعينيات القرن الماضي", "بدأ التعاون العسكري بين البلدين",
                       "بدأ التعاون العسكري بين البلدين في سبعينيات القرن الماضي", "decade");
  for (const auto& v : distractor_values(d, 3)) {
    EXPECT_TRUE(std::regex_match(v, std::regex("[0-9]{3}X"))) << v;
  }
  const Fact m =
      quantity(2.11e9, "USD", "2.11e9 USD", "2.11 بليون دولار", "المبلغ المتبقي ومقداره ____ سيصرف",
               "المبلغ المتبقي ومقداره 2.11 بليون دولار سيصرف");
  for (const auto& t : make_distractors(m, 3)) {
    EXPECT_TRUE(std::regex_search(t, std::regex("^[0-9]+\\.[0-9]{2} بليون دولار$"))) << t;
  }
}

TEST(Distractors, NumbersKeepTheirSeparatorsAndThousandsAgree) {
  const Fact k = quantity(26.3e9, "KWD", "2.63e10 KWD", "26,3 مليار دينار كويتي",
                          "بلغت الميزانية نحو ____", "بلغت الميزانية نحو 26,3 مليار دينار كويتي");
  for (const auto& t : make_distractors(k, 5)) {
    EXPECT_TRUE(std::regex_search(t, std::regex("^[0-9]+,[0-9] مليار دينار كويتي$"))) << t;
  }
  const Fact c =
      quantity(1650, "killed", "1650 killed", "1,650 قتيلاً", "سقط نحو ____", "سقط نحو 1,650 قتيلاً");
  for (const auto& t : make_distractors(c, 5)) {
    EXPECT_TRUE(std::regex_search(t, std::regex("^[0-9],[0-9]{3} قتيلاً$"))) << t;
  }
  const Fact a = quantity(11000, "fighters", "11000 fighters", "11 ألف مقاتل",
                          "قتل نحو ____ من الأنصار", "قتل نحو 11 ألف مقاتل من الأنصار");
  for (int seed = 0; seed < 20; ++seed) {
    for (const auto& t : make_distractors(a, static_cast<std::uint64_t>(seed))) {
      const auto n = written_number(t);
      ASSERT_TRUE(n) << t;
      if (n->value <= 10) {
        EXPECT_NE(t.find("آلاف"), std::string::npos) << t;
      }
      if (n->value > 10) {
        EXPECT_NE(t.find("ألف"), std::string::npos) << t;
      }
    }
  }
}

TEST(Distractors, PercentagesStayBelowAHundredAndRangesMoveTogether) {
  const Fact p =
      quantity(70, "%", "70%", "70٪", "يعيش ____ منهم في المدن", "يعيش 70٪ منهم في المدن");
  for (int seed = 0; seed < 30; ++seed) {
    for (const auto& t : make_distractors(p, static_cast<std::uint64_t>(seed))) {
      EXPECT_LT(written_number(t)->value, 100) << t;
    }
  }
  const Fact r = quantity(46e9, "barrels", "46e9 barrels", "46 و48 مليار برميل",
                          "قدّر تقرير احتياطي البلاد بين ____",
                          "قدّر تقرير احتياطي البلاد بين 46 و48 مليار برميل");
  const std::regex two("^([0-9]+) و([0-9]+) مليار برميل$");
  for (const auto& t : make_distractors(r, 3)) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(t, m, two)) << t;
    EXPECT_LT(std::stoi(m[1]), std::stoi(m[2])) << t;
    EXPECT_NE(m[2], "48") << t;
  }
}

TEST(Distractors, OneAndTwoAreWrittenAsWordsAndLongSpansMoveInRoundSteps) {
  EXPECT_EQ(render_duration({2, 'C'}, Style{}), "قرنين");
  EXPECT_EQ(render_duration({1, 'Y'}, Style{}), "سنة واحدة");
  EXPECT_EQ(render_duration({2, 'D'}, Style{}), "يومين");
  EXPECT_EQ(render_duration({4, 'Y'}, Style{}), "4 سنوات");
  // Hours and minutes: PT5H, PT38M.
  const auto minutes = parse_duration("PT38M");
  ASSERT_TRUE(minutes);
  EXPECT_EQ(minutes->unit, 'I');
  EXPECT_EQ(format_duration(*minutes), "PT38M");
  EXPECT_EQ(render_duration(*minutes, Style{}), "38 دقيقة");
  EXPECT_EQ(render_duration({5, 'H'}, Style{}), "5 ساعات");
  EXPECT_EQ(render_duration({2, 'I'}, Style{}), "دقيقتين");
  EXPECT_FALSE(parse_duration("PT5Y"));
  EXPECT_FALSE(parse_duration("PTM"));
  Fact d = quantity(0, "", "P450Y", "450 سنة", "سبق أوغست كونت بنحو ____",
                    "سبق أوغست كونت بنحو 450 سنة");
  d.kind = Kind::Duration;
  for (const auto& t : make_distractors(d, 9)) {
    const auto n = written_number(t);
    ASSERT_TRUE(n) << t;
    EXPECT_EQ(static_cast<long>(n->value) % 10, 0) << t;
  }
}

// Counted nouns follow the number: 3-10 the plural, 11-99 the accusative singular, a round
// hundred or thousand the singular; past 100 the last two digits decide.
TEST(Distractors, TheCountedNounAgreesWithTheNewNumber) {
  Fact d = quantity(0, "", "P66Y", "66 عاماً", "حكم رمسيس الثاني ____", "حكم رمسيس الثاني 66 عاماً");
  d.kind = Kind::Duration;
  Fact km = quantity(6650, "km", "6650 km", "6650 كيلومتراً", "يبلغ طول النيل نحو ____",
                     "يبلغ طول النيل نحو 6650 كيلومتراً");
  Fact tons =
      quantity(4, "t", "4 t", "4 أطنان", "يزن الحجر أكثر من ____", "يزن الحجر أكثر من 4 أطنان");
  int checked = 0;
  for (const Fact* f : {&d, &km, &tons}) {
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
      for (const auto& t : make_distractors(*f, seed)) {
        const auto n = written_number(t);
        ASSERT_TRUE(n) << t;
        const auto v = static_cast<long>(n->value), tail = v % 100;
        const std::string noun = t.substr(t.find(' ') + 1);
        const bool plural = v <= 10 || (tail >= 3 && tail <= 10);
        const bool accusative = !plural && tail >= 11;
        if (f == &d) {
          EXPECT_EQ(noun, plural ? "أعوام" : accusative ? "عاماً" : "عام") << t;
        }
        if (f == &km) {
          EXPECT_EQ(noun, plural ? "كيلومترات" : accusative ? "كيلومتراً" : "كيلومتر") << t;
        }
        if (f == &tons) {
          EXPECT_EQ(noun, plural ? "أطنان" : accusative ? "طناً" : "طن") << t;
        }
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 60);
  // A thousand before the noun it counts stays as said: "62 ألف مهاجر", not "ألفاً مهاجر".
  const Fact m = quantity(62000, "migrants", "62000 migrants", "62 ألف مهاجر",
                          "بلغت ذروتها بنحو ____", "بلغت ذروتها بنحو 62 ألف مهاجر");
  for (const auto& t : make_distractors(m, 3)) {
    EXPECT_EQ(t.find("ألفاً"), std::string::npos) << t;
  }
}

// Before the Christian era: BC0332, BC13XX, BC2055/BC1650 are read, written back, rendered with
// ق.م (قبل الميلاد for a century) and given distractors of the same era, never below year 1.
TEST(Distractors, DatesBeforeTheChristianEra) {
  const auto year = parse_time_value("BC0332");
  ASSERT_TRUE(year);
  EXPECT_TRUE(year->first.bc);
  EXPECT_EQ(year->first.year, 332);
  EXPECT_EQ(format_time_value(*year), "BC0332");
  EXPECT_EQ(render_time_value(*year, {}), "332 ق.م");
  const auto century = parse_time_value("BC13XX");
  ASSERT_TRUE(century);
  EXPECT_EQ(render_time_value(*century, {}), "القرن الرابع عشر قبل الميلاد");
  const auto range = parse_time_value("BC2055/BC1650");
  ASSERT_TRUE(range);
  EXPECT_EQ(format_time_value(*range), "BC2055/BC1650");
  EXPECT_FALSE(parse_time_value("BC0000"));
  EXPECT_FALSE(parse_time_value("BC922AH"));

  Fact f = dated("1970", "2 ق.م", "ولد الملك", "ولد الملك سنة 2 ق.م");
  f.value = "BC0002";
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto values = distractor_values(f, seed);
    const auto texts = make_distractors(f, seed);
    ASSERT_EQ(texts.size(), 3u) << seed;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const auto v = parse_time_value(values[i]);
      ASSERT_TRUE(v) << values[i];
      EXPECT_TRUE(v->first.bc) << values[i];
      EXPECT_GE(v->first.year, 1) << values[i];
      EXPECT_NE(texts[i].find(" ق.م"), std::string::npos) << texts[i];
    }
  }
  // Known to decades at best: choices are ten years or more away.
  Fact ahmose = dated("1970", "1550 ق.م", "طرد أحمس الهكسوس", "طرد أحمس الهكسوس نحو 1550 ق.م");
  ahmose.value = "BC1550";
  for (const auto& value : distractor_values(ahmose, 7)) {
    const auto v = parse_time_value(value);
    ASSERT_TRUE(v) << value;
    EXPECT_GE(std::abs(v->first.year - 1550), 10) << value;
  }
}

// "بعد ثلاث سنوات" is a step of the narrative, not a fact to learn: no question asks it; a
// duration that is a fact ("دام الحصار ثمانية أشهر") is asked.
TEST(Generate, RelativeOffsetsAreNotAsked) {
  MergeResult r;
  Fact step = quantity(0, "", "P3Y", "بعد ثلاث سنوات", "____، غادر الفرنسيون مصر",
                       "وبعد ثلاث سنوات، أي في عام 1801، غادر الفرنسيون مصر.");
  step.kind = Kind::Duration;
  Fact siege = quantity(0, "", "P8M", "ثمانية أشهر", "دام حصار غرناطة نحو ____",
                        "سلّم أبو عبد الله الصغير المدينة بعد حصار دام نحو ثمانية أشهر.");
  siege.kind = Kind::Duration;
  r.facts = {step, siege};
  const auto qs = generate_questions(r);
  bool siege_asked = false;
  for (const auto& q : qs) {
    ASSERT_FALSE(q.facts.empty());
    EXPECT_NE(q.facts.front().surface, "بعد ثلاث سنوات") << q.type << ": " << q.prompt;
    siege_asked = siege_asked || q.facts.front().surface == "ثمانية أشهر";
  }
  EXPECT_TRUE(siege_asked);
}

TEST(Giveaway, YearDigitsInAnyScriptOrTheSurfaceGiveItAway) {
  const Fact f = year_fact(2005);
  EXPECT_TRUE(gives_away("متى زار الرئيس موسكو عام 2005؟", f));
  EXPECT_TRUE(gives_away("متى زار الرئيس موسكو (٢٠٠٥)؟", f));
  EXPECT_FALSE(gives_away("متى زار الرئيس موسكو لبحث التعاون؟", f));
  const Fact d = dated("197X", "السبعينيات", "بدأ التعاون", "بدأ التعاون في السبعينيات", "decade");
  EXPECT_TRUE(gives_away("بدأ التعاون عام 1975 وفي ____", d));
  EXPECT_TRUE(gives_away("بدأ التعاون في السبعينيات", d));
  const Fact q = quantity(63000, "soldiers", "63000 soldiers", "63 ألف عسكري", "شارك ____ روسي",
                          "شارك 63 ألف عسكري روسي");
  EXPECT_TRUE(gives_away("شارك ____ أي 63 ألفاً", q));
  EXPECT_FALSE(gives_away("شارك ____ روسي", q));
}

MergeResult sample_bank() {
  MergeResult r;
  r.facts.push_back(dated("1944-07", "تموز 1944", "بدأت العلاقات الدبلوماسية بين البلدين",
                          "بدأت العلاقات الدبلوماسية بين البلدين في تموز 1944.", "month"));
  r.facts.push_back(dated("1957", "العام 1957", "بدأ التعاون الاقتصادي النشط بين روسيا وسورية",
                          "العام 1957 بدأ التعاون الاقتصادي النشط بين روسيا وسورية."));
  r.facts.push_back(dated("1963", "العام 1963", "أقيم مركز الدعم التقني في ميناء طرطوس",
                          "العام 1963 أقيم مركز الدعم التقني في ميناء طرطوس."));
  r.facts.push_back(dated("1980-10-08", "8 أكتوبر 1980", "وقعت معاهدة الصداقة والتعاون الأساسية",
                          "وقعت معاهدة الصداقة والتعاون الأساسية في 8 أكتوبر 1980.", "day"));
  r.facts.push_back(dated("2015-09-30", "30 سبتمبر عام 2015", "طلب الرئيس مساعدة عسكرية من روسيا",
                          "وفي 30 سبتمبر عام 2015 طلب الرئيس مساعدة عسكرية من روسيا.", "day"));
  r.facts.push_back(quantity(63000, "soldiers", "63000 soldiers", "63 ألف عسكري",
                             "شارك في العملية أكثر من ____ روسي",
                             "شارك في العملية أكثر من 63 ألف عسكري روسي."));
  return r;
}

TEST(Generate, MakesEveryTypeWithWellFormedQuestions) {
  const auto questions = generate_questions(sample_bank());
  std::map<std::string, int> by_type;
  std::set<std::string> ids;
  for (const auto& q : questions) {
    ++by_type[q.type];
    EXPECT_TRUE(std::regex_match(q.id, std::regex("[0-9a-f]{16}"))) << q.id;
    EXPECT_TRUE(ids.insert(q.id).second) << "duplicate id " << q.id;
    EXPECT_GE(q.difficulty, 0.0);
    EXPECT_LE(q.difficulty, 1.0);
    EXPECT_FALSE(q.prompt.empty());
    EXPECT_FALSE(q.answer.empty());
    if (q.type == "cloze") {
      ASSERT_EQ(q.facts.size(), 1u);
      EXPECT_NE(q.prompt.find("____"), std::string::npos) << q.prompt;
      EXPECT_EQ(q.prompt.find(q.answer), std::string::npos) << q.prompt;
    }
    if (q.type == "mcq") {
      ASSERT_EQ(q.choices.size(), 4u);
      EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), q.answer), 1) << q.prompt;
      std::set<std::string> distinct(q.choices.begin(), q.choices.end());
      EXPECT_EQ(distinct.size(), 4u);
      EXPECT_FALSE(gives_away(q.prompt, sample_bank().facts[0]) && q.facts[0].value == "1944-07");
    }
    if (q.type == "which_first") {
      ASSERT_EQ(q.facts.size(), 2u);
      ASSERT_EQ(q.choices.size(), 2u);
      // The answer is the earlier event.
      EXPECT_EQ(q.answer, q.facts[0].event);
      EXPECT_LT(q.facts[0].value, q.facts[1].value);
    }
    if (q.type == "timeline") {
      ASSERT_GE(q.choices.size(), 4u);
      ASSERT_LE(q.choices.size(), 5u);
      ASSERT_EQ(q.order.size(), q.choices.size());
      for (std::size_t i = 0; i < q.order.size(); ++i) {
        EXPECT_EQ(q.choices[static_cast<std::size_t>(q.order[i])], q.facts[i].event);
      }
      for (std::size_t i = 1; i < q.facts.size(); ++i) {
        EXPECT_LT(q.facts[i - 1].value, q.facts[i].value);
      }
    }
    if (q.type == "numeric") {
      EXPECT_EQ(q.number, 63000);
      EXPECT_EQ(q.unit, "soldiers");
      EXPECT_EQ(q.prompt.find("63"), std::string::npos);
    }
  }
  for (const char* type : {"cloze", "mcq", "which_first", "timeline", "numeric"}) {
    EXPECT_GT(by_type[type], 0) << type;
  }
}

TEST(Generate, IdsAreStableAcrossRebuilds) {
  const auto a = generate_questions(sample_bank());
  const auto b = generate_questions(sample_bank());
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].choices, b[i].choices);
  }
  // The id depends on the type, the value and the event.
  auto bank = sample_bank();
  const Fact& f = bank.facts[1];
  EXPECT_EQ(question_id("mcq", {&f}), question_id("mcq", {&f}));
  EXPECT_NE(question_id("mcq", {&f}), question_id("cloze", {&f}));
  Fact g = f;
  g.value = "1958";
  EXPECT_NE(question_id("mcq", {&f}), question_id("mcq", {&g}));
}

TEST(Generate, ConflictsAreNeverAskedAndAmbiguousOnlyAsCloze) {
  auto bank = sample_bank();
  bank.facts[0].status = FactStatus::Conflict;
  bank.facts[1].status = FactStatus::Ambiguous;
  for (const auto& q : generate_questions(bank)) {
    for (const auto& f : q.facts) {
      EXPECT_NE(f.value, "1944-07") << q.type << ": a conflicting fact was asked";
      if (f.value == "1957") {
        EXPECT_EQ(q.type, "cloze");
      }
    }
  }
}

TEST(Generate, ABoundOrALabelDateIsNotAskedAsWhen) {
  MergeResult r;
  r.facts.push_back(dated(
      "2017-12-11", "11 ديسمبر عام 2017", "استمرت المرحلة النشطة من العملية العسكرية في سوريا",
      "واستمرت المرحلة النشطة من العملية العسكرية في سوريا حتى 11 ديسمبر عام 2017.", "day"));
  r.facts.push_back(dated(
      "1980-10-08", "8 أكتوبر 1980", "تستند العلاقات إلى معاهدة الصداقة والتعاون الأساسية المؤرخة",
      "وتستند العلاقات إلى معاهدة الصداقة والتعاون الأساسية المؤرخة في 8 أكتوبر 1980.", "day"));
  r.facts.push_back(dated("1957", "العام 1957", "بدأ التعاون الاقتصادي النشط بين روسيا وسورية",
                          "العام 1957 بدأ التعاون الاقتصادي النشط بين روسيا وسورية."));
  int mcq = 0;
  for (const auto& q : generate_questions(r)) {
    if (q.facts[0].value != "1957") {
      EXPECT_EQ(q.type, "cloze") << q.prompt;
    } else {
      mcq += q.type == "mcq";
    }
  }
  EXPECT_EQ(mcq, 1);
}

TEST(Generate, AnEventLeaningOnAnEarlierSentenceIsOnlyACloze) {
  MergeResult r;
  r.facts.push_back(dated("2008-06", "حزيران 2008", "تم ابرام هذه الاتفاقية مع الجانب الروسي",
                          "وتم ابرام هذه الاتفاقية مع الجانب الروسي في حزيران 2008.", "month"));
  const auto questions = generate_questions(r);
  ASSERT_FALSE(questions.empty());
  for (const auto& q : questions) EXPECT_EQ(q.type, "cloze") << q.prompt;
}

// The types of the questions a bank gives.
std::set<std::string> types_of(const MergeResult& r) {
  std::set<std::string> out;
  for (const auto& q : generate_questions(r)) out.insert(q.type);
  return out;
}

TEST(Generate, APartOrAMeasureOfSomethingNamedBeforeIsOnlyACloze) {
  // "كم بلغ طولها؟", "متى أعيد افتتاحها؟", "نحو ____ منهم": the question alone names nothing.
  MergeResult r;
  r.facts.push_back(quantity(164, "km", "164 km", "164 كيلومتراً", "بلغ طولها عند الافتتاح ____",
                             "وبلغ طولها عند الافتتاح 164 كيلومتراً."));
  r.facts.push_back(dated("1975", "1975", "أعيد افتتاحها أمام الملاحة الدولية",
                          "وفي عام 1975 أعيد افتتاحها أمام الملاحة الدولية."));
  r.facts.push_back(quantity(120000, "workers", "120000 workers", "120 ألف عامل",
                             "مات منهم نحو ____ أثناء الحفر",
                             "ومات منهم نحو 120 ألف عامل أثناء الحفر."));
  EXPECT_EQ(types_of(r), std::set<std::string>{"cloze"});
  // The same with the thing named is asked.
  MergeResult named;
  named.facts.push_back(dated("1975", "1975", "أعيد افتتاح قناة السويس أمام الملاحة الدولية",
                              "وفي عام 1975 أعيد افتتاح قناة السويس أمام الملاحة الدولية."));
  EXPECT_TRUE(types_of(named).count("mcq"));
}

TEST(Giveaway, ASpanWhoseEndsStandInThePromptIsWorkedOut) {
  Fact d = quantity(0, "", "P66Y", "66 عاماً", "حكم رمسيس الثاني ____",
                    "وحكم رمسيس الثاني 66 عاماً، بين عامي 1279 و1213 ق.م.");
  d.kind = Kind::Duration;
  EXPECT_TRUE(gives_away("وحكم رمسيس الثاني ____، بين عامي 1279 و1213 ق.م.", d));
  EXPECT_FALSE(gives_away("حكم رمسيس الثاني ____", d));
  Fact c = quantity(0, "", "P2C", "قرنين", "دامت الحروب الصليبية قرابة ____",
                    "دامت الحروب الصليبية قرابة قرنين، من 1096 إلى 1291 م.");
  c.kind = Kind::Duration;
  EXPECT_TRUE(gives_away("دامت الحروب الصليبية قرابة ____، من 1096 إلى 1291 م.", c));
  EXPECT_FALSE(gives_away("دامت الحروب الصليبية قرابة ____، من 1096 إلى 1150 م.", c));
}

TEST(Generate, AVerbWhoseSubjectIsInAnEarlierSentenceIsOnlyACloze) {
  // "وتوفي في القاهرة سنة 1406": who died is said in an earlier sentence.
  MergeResult r;
  r.facts.push_back(
      dated("1406", "1406", "توفي في القاهرة", "وتوفي في القاهرة سنة 1406 بعد حياة حافلة."));
  EXPECT_EQ(types_of(r), std::set<std::string>{"cloze"});
  MergeResult named;
  named.facts.push_back(dated("1406", "1406", "توفي ابن خلدون في القاهرة",
                              "وتوفي ابن خلدون في القاهرة سنة 1406 بعد حياة حافلة."));
  EXPECT_TRUE(types_of(named).count("mcq"));
}

TEST(Generate, AnAmountIsNoEvent) {
  // "متى 635 مليون دولار؟" is no question.
  MergeResult r;
  r.facts.push_back(dated("2006", "2006", "635 مليون دولار أمريكي للتبادل",
                          "وفي العام 2006 635 مليون دولار أمريكي للتبادل."));
  EXPECT_EQ(types_of(r), std::set<std::string>{"cloze"});
}

TEST(Generate, ABoundIsNoMultipleChoice) {
  // "أكثر من 450 مليون": a smaller choice would be true as well.
  MergeResult r;
  r.facts.push_back(quantity(60, "projects", "60 projects", "60 مشروعاً",
                             "بلغ عدد المشاريع المنفذة بمساعدة السوفييت أكثر من ____",
                             "بلغ عدد المشاريع المنفذة بمساعدة السوفييت أكثر من 60 مشروعاً."));
  r.facts.push_back(quantity(70, "%", "70%", "70%",
                             "تجاوزت مساهمة القطاعات غير النفطية في الناتج ____",
                             "تجاوزت مساهمة القطاعات غير النفطية في الناتج 70%."));
  const auto types = types_of(r);
  EXPECT_FALSE(types.count("mcq"));
  EXPECT_TRUE(types.count("cloze"));
}

TEST(Distractors, TheCountedNounKeepsTheDocumentsSpelling) {
  // "43 عامًا" (tanween before the alef): the choices spell it the same way, so the answer does
  // not stand out.
  Fact d = quantity(0, "", "P43Y", "43 عامًا", "حكم محمد علي مصر ____", "حكم محمد علي مصر 43 عامًا");
  d.kind = Kind::Duration;
  for (const auto& t : make_distractors(d, 4)) {
    if (t.find("أعوام") != std::string::npos) continue;
    EXPECT_NE(t.find("عامًا"), std::string::npos) << t;
    EXPECT_EQ(t.find("عاماً"), std::string::npos) << t;
  }
}

TEST(Distractors, AnAnswerInWordsTakesTheDigitsOfItsSentence) {
  Fact f = dated("1453-06-01", "الأول من حزيران من العام نفسه", "أقيمت أول صلاة جمعة في آيا صوفيا",
                 "وفي الأول من حزيران من العام نفسه، بعد فتح القسطنطينية في ٢٩ أيار، أقيمت الصلاة.",
                 "day");
  for (const auto& t : make_distractors(f, 2)) {
    EXPECT_EQ(t.find_first_of("0123456789"), std::string::npos) << t;
  }
}

TEST(Generate, AClozeOfADateToldFromContextIsAnsweredWithTheDate) {
  // "7 أيلول من العام نفسه" cannot be told from the blanked sentence; 7 أيلول 1191 can.
  Fact f = dated("1191-09-07", "7 أيلول من العام نفسه", "انتصر ريتشارد في معركة أرسوف",
                 "وفي 7 أيلول من العام نفسه انتصر ريتشارد في معركة أرسوف.", "day");
  f.resolved_from_context = true;
  MergeResult r;
  r.facts = {f};
  bool cloze = false;
  for (const Question& q : generate_questions(r)) {
    if (q.type != "cloze") continue;
    cloze = true;
    EXPECT_EQ(q.answer, "7 أيلول 1191");
    EXPECT_NE(q.prompt.find("____"), std::string::npos);
  }
  EXPECT_TRUE(cloze);
}

TEST(Generate, NoClozeWhenTheSentenceRepeatsTheYear) {
  MergeResult r;
  r.facts.push_back(dated("2005", "2005", "زار الرئيس موسكو لبحث الديون",
                          "في عام 2005 زار الرئيس موسكو لبحث الديون وهي زيارة 2005 الشهيرة."));
  for (const auto& q : generate_questions(r)) EXPECT_NE(q.type, "cloze") << q.prompt;
}

std::vector<std::string> prompts_of(const Fact& f, const std::string& type) {
  MergeResult r;
  r.facts.push_back(f);
  std::vector<std::string> out;
  for (const auto& q : generate_questions(r)) {
    if (q.type == type) out.push_back(q.prompt);
  }
  return out;
}

TEST(Generate, QuantitiesAreAskedWithKamWhenTheClauseAllows) {
  const Fact a = quantity(850000, "inhabitants", "850000 inhabitants", "850 ألف نسمة",
                          "بلغ عدد سكان البلاد عند الاستقلال نحو ____",
                          "بلغ عدد سكان البلاد عند الاستقلال نحو 850 ألف نسمة.");
  EXPECT_EQ(prompts_of(a, "mcq"),
            std::vector<std::string>{"كم بلغ عدد سكان البلاد عند الاستقلال؟"});
  EXPECT_EQ(prompts_of(a, "numeric"),
            std::vector<std::string>{"قدّر: كم بلغ عدد سكان البلاد عند الاستقلال؟"});
  const Fact b = quantity(1.5e6, "barrels", "1.5e6 barrels", "1.5 مليون برميل",
                          "ارتفع الإنتاج إلى نحو ____ يومياً في مطلع الستينيات",
                          "ارتفع الإنتاج إلى نحو 1.5 مليون برميل يومياً في مطلع الستينيات.");
  EXPECT_EQ(prompts_of(b, "mcq"),
            std::vector<std::string>{"إلى كم ارتفع الإنتاج يومياً في مطلع الستينيات؟"});
  const Fact c = quantity(40, "%", "40%", "40%",
                          "انخفضت مناسيب نهري دجلة والفرات بنسبة ____ خلال العقدين الأخيرين",
                          "انخفضت مناسيب نهري دجلة والفرات بنسبة 40% خلال العقدين الأخيرين.");
  EXPECT_EQ(
      prompts_of(c, "mcq"),
      std::vector<std::string>{"بأي نسبة انخفضت مناسيب نهري دجلة والفرات خلال العقدين الأخيرين؟"});
  const Fact d = quantity(4.5e6, "inhabitants", "4.5e6 inhabitants", "4.5 مليون نسمة",
                          "في عام 2020 بلغ عدد سكان السلطنة ____",
                          "في عام 2020 بلغ عدد سكان السلطنة 4.5 مليون نسمة.");
  EXPECT_EQ(prompts_of(d, "mcq"), std::vector<std::string>{"كم بلغ عدد سكان السلطنة في عام 2020؟"});
  // Another shape keeps the fill-in form.
  const Fact e = quantity(700, "ships", "700 ships", "700 سفينة", "كان يعمل في موسم الغوص نحو ____",
                          "كان يعمل في موسم الغوص نحو 700 سفينة.");
  EXPECT_EQ(prompts_of(e, "mcq"),
            std::vector<std::string>{"اختر ما يملأ الفراغ: كان يعمل في موسم الغوص نحو ____"});
}

Question single(const Fact& f, std::string type = "cloze") {
  Question q;
  q.type = type;
  q.answer = f.surface;
  q.facts = {fact_ref(f)};
  q.number = f.number;
  q.unit = f.unit;
  return q;
}

TEST(TypedAnswers, AnyDigitScriptAndEitherMonthSet) {
  const auto month = single(dated("1944-07", "تموز 1944", "e", "s", "month"));
  EXPECT_TRUE(answer_matches(month, "تموز 1944"));
  EXPECT_TRUE(answer_matches(month, "يوليو ١٩٤٤"));
  EXPECT_TRUE(answer_matches(month, "7/1944"));
  EXPECT_FALSE(answer_matches(month, "آب 1944"));
  EXPECT_FALSE(answer_matches(month, "1944"));
  const auto day = single(dated("1980-10-08", "8 أكتوبر 1980", "e", "s", "day"));
  EXPECT_TRUE(answer_matches(day, "٨ تشرين الأول ١٩٨٠"));
  EXPECT_TRUE(answer_matches(day, "8 تشرين اول ۱۹۸۰"));
  EXPECT_TRUE(answer_matches(day, "8/10/1980"));
  EXPECT_TRUE(answer_matches(day, "1980-10-08"));
  EXPECT_FALSE(answer_matches(day, "9 أكتوبر 1980"));
  EXPECT_FALSE(answer_matches(day, ""));
  const auto year = single(year_fact(2005));
  EXPECT_TRUE(answer_matches(year, "٢٠٠٥"));
  EXPECT_TRUE(answer_matches(year, "عام 2005"));
  EXPECT_FALSE(answer_matches(year, "2006"));
  const auto soldiers =
      single(quantity(63000, "soldiers", "63000 soldiers", "63 ألف عسكري", "e", "s"), "numeric");
  EXPECT_TRUE(answer_matches(soldiers, "63000"));
  EXPECT_TRUE(answer_matches(soldiers, "٦٣ ألف"));
  EXPECT_FALSE(answer_matches(soldiers, "64000"));
}

TEST(TypedAnswers, NumericScoreFallsWithDistance) {
  const auto q =
      single(quantity(100, "projects", "100 projects", "100 مشروع", "e", "s"), "numeric");
  EXPECT_DOUBLE_EQ(numeric_score(q, 100), 1.0);
  EXPECT_NEAR(numeric_score(q, 141.42), 0.5, 0.01);
  EXPECT_NEAR(numeric_score(q, 70.71), 0.5, 0.01);
  EXPECT_DOUBLE_EQ(numeric_score(q, 200), 0.0);
  EXPECT_DOUBLE_EQ(numeric_score(q, -5), 0.0);
}

TEST(TypedAnswers, HijriDayNeedsItsHijriMonth) {
  Fact f = dated("1876-12-23", "7 ذي الحجة 1293 هـ", "صدر الدستور العثماني الأول",
                 "صدر الدستور العثماني الأول في 7 ذي الحجة 1293 هـ", "day");
  f.value = "1293-12-07AH";
  const auto q = single(f);
  EXPECT_TRUE(answer_matches(q, "7 ذي الحجة 1293"));
  EXPECT_TRUE(answer_matches(q, "٧ ذو الحجة ١٢٩٣ هـ"));
  EXPECT_FALSE(answer_matches(q, "7 ذي القعدة 1293"));
  EXPECT_FALSE(answer_matches(q, "7 رمضان 1293"));
  EXPECT_FALSE(answer_matches(q, "1293"));
}

}  // namespace
}  // namespace tarikh::questions
