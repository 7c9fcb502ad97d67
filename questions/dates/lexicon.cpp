#include "questions/dates/lexicon.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "questions/arabic/normalize.hpp"

namespace tarikh::questions::lexicon {

namespace {

struct Entry {
  const char* words;  // space-separated spellings
  Lex lex;
};

// Counted nouns: every spelling (singular, accusative, plurals) -> the English plural.
struct NounEntry {
  const char* words;
  const char* en;
};

const NounEntry kNouns[] = {
    {"مشروع مشروعا مشاريع مشروعات", "projects"},
    {"عسكري عسكريا عسكريين عسكريون جندي جنديا جنود", "soldiers"},
    {"شخص شخصا أشخاص اشخاص", "people"},
    {"نسمة ساكن سكان مواطن مواطنا مواطنين مواطنون", "inhabitants"},
    {"قتيل قتيلا قتلى", "killed"},
    {"جريح جريحا جرحى مصاب مصابا مصابين", "wounded"},
    {"لاجئ لاجئا لاجئين لاجئون نازح نازحا نازحين", "refugees"},
    {"أسير أسيرا أسرى معتقل معتقلا معتقلين", "prisoners"},
    {"مقاتل مقاتلا مقاتلين مقاتلون فارس فارسا فرسان", "fighters"},
    {"زيارة زيارات", "visits"},
    {"طالب طالبا طلاب طلبة تلميذ تلميذا تلاميذ", "students"},
    {"مدرسة مدارس", "schools"},
    {"جامعة جامعات", "universities"},
    {"مستشفى مستشفيات", "hospitals"},
    {"دولة دول بلد بلدا بلدان", "countries"},
    {"مدينة مدن", "cities"},
    {"قرية قرى", "villages"},
    {"سفينة سفن مركب مركبا مراكب", "ships"},
    {"طائرة طائرات", "aircraft"},
    {"دبابة دبابات", "tanks"},
    {"مدفع مدفعا مدافع", "cannons"},
    {"صاروخ صاروخا صواريخ", "missiles"},
    {"منزل منزلا منازل بيت بيتا بيوت مسكن مسكنا مساكن", "houses"},
    {"مسجد مسجدا مساجد جامع", "mosques"},
    {"كنيسة كنائس", "churches"},
    {"كتاب كتابا كتب مجلد مجلدا مجلدات", "books"},
    {"عضو عضوا أعضاء", "members"},
    {"عامل عاملا عمال", "workers"},
    {"رجل رجلا رجال", "men"},
    {"امرأة نساء", "women"},
    {"طفل طفلا أطفال", "children"},
    {"اتفاقية اتفاقيات اتفاق اتفاقا اتفاقات معاهدة معاهدات", "agreements"},
    {"مصنع مصنعا مصانع معمل معملا معامل", "factories"},
    {"ولاية ولايات محافظة محافظات إقليم إقليما أقاليم", "provinces"},
    {"جزيرة جزر", "islands"},
    {"نائب نائبا نواب مقعد مقعدا مقاعد", "seats"},
    {"صوت صوتا أصوات", "votes"},
    {"وزير وزيرا وزراء", "ministers"},
    {"حزب حزبا أحزاب", "parties"},
    {"جولة جولات", "rounds"},
    {"مرة مرات", "times"},
    {"بئر آبار", "wells"},
    {"محطة محطات", "stations"},
    {"سد سدا سدود", "dams"},
    {"قاعدة قواعد", "bases"},
    {"شركة شركات", "companies"},
    {"فرقة فرق لواء لواء ألوية كتيبة كتائب", "units"},
    {"حملة حملات غزوة غزوات", "campaigns"},
    {"معركة معارك", "battles"},
    {"قلعة قلاع حصن حصنا حصون", "forts"},
    {"رأس رأسا رؤوس", "head"},
    {"ملك ملكا ملوك", "kings"},
    {"أمير أميرا أمراء", "princes"},
    {"سنجق سناجق", "sanjaks"},
    {"لغة لغات", "languages"},
    {"صفحة صفحات", "pages"},
    {"مادة مواد بند بندا بنود", "articles"},
    {"خبير خبيرا خبراء", "experts"},
    {"موظف موظفا موظفين", "employees"},
    {"مهاجر مهاجرا مهاجرين", "migrants"},
    {"ضحية ضحايا", "victims"},
    {"شهيد شهيدا شهداء", "martyrs"},
    {"مشارك مشاركا مشاركين", "participants"},
    {"ناخب ناخبا ناخبين", "voters"},
    {"فلسطيني فلسطينيا فلسطينيين", "Palestinians"},
    {"سوري سوريين", "Syrians"},
    {"مصري مصريا مصريين", "Egyptians"},
    {"عراقي عراقيا عراقيين", "Iraqis"},
    {"لبناني لبنانيا لبنانيين", "Lebanese"},
    {"أردني أردنيا أردنيين", "Jordanians"},
    {"جزائري جزائريا جزائريين", "Algerians"},
    {"مغربي مغربيا مغاربة", "Moroccans"},
    {"يهودي يهوديا يهود", "Jews"},
    {"أرمني أرمنيا أرمن", "Armenians"},
    {"كردي كرديا أكراد", "Kurds"},
    {"تركي أتراك", "Turks"},
    {"روسي روس", "Russians"},
    {"فرنسي فرنسيا فرنسيين", "French"},
    {"بريطاني بريطانيين", "British"},
    {"أمريكي أمريكيين", "Americans"},
    {"ألماني ألمان", "Germans"},
    {"مسلم مسلما مسلمين", "Muslims"},
    {"مسيحي مسيحيا مسيحيين", "Christians"},
    {"مستوطن مستوطنا مستوطنين مستعمر مستعمرين", "settlers"},
    {"سائح سائحا سياح", "tourists"},
    {"حاج حاجا حجاج", "pilgrims"},
    {"عائلة عائلات أسرة أسر", "families"},
    {"قطعة قطع", "pieces"},
    {"سيارة سيارات", "cars"},
    {"قطار قطارا قطارات", "trains"},
    {"مقاطعة مقاطعات", "provinces"},
    // Armies, wars and their means; livestock and goods counted in chronicles.
    {"حرب حروب", "wars"},
    {"انقلاب انقلابا انقلابات", "coups"},
    {"مفقود مفقودا مفقودين", "missing"},
    {"غواص غواصا غواصين", "divers"},
    {"إمبراطورية إمبراطوريات امبراطورية امبراطوريات", "empires"},
    {"منجنيق منجنيقا مجانيق", "catapults"},
    {"إنسان", "people"},
    {"مسافر مسافرا مسافرين", "travellers"},
    {"زائر زائرا زوار", "visitors"},
    {"ثورة ثورات انتفاضة انتفاضات", "revolts"},
    {"جيش جيوش", "armies"},
    {"أسطول أساطيل", "fleets"},
    {"بندقية بنادق", "rifles"},
    {"فيل فيلا فيلة أفيال", "elephants"},
    {"حصان حصانا خيول جواد جوادا", "horses"},
    {"جملا بعير بعيرا إبل ناقة نوق", "camels"},
    {"عبيد", "slaves"},
    {"قبيلة قبائل", "tribes"},
    {"مخطوطة مخطوطات مخطوط مخطوطا", "manuscripts"},
    {"معبد معبدا معابد", "temples"},
    {"ميناء موانئ", "ports"},
    {"منجم منجما مناجم", "mines"},
    {"قصرا قصور", "palaces"},
    // Rulers and holdings counted in histories and reports.
    {"خليفة خلفاء", "caliphs"},
    {"سلطان سلطانا سلاطين", "sultans"},
    {"سهم سهما أسهم", "shares"},
    {"بحارا بحارة", "sailors"},
    {"حاكما حكام سلاطين", "rulers"},
};

const Entry kEntries[] = {
    // Months, Syriac (Levant and Iraq) names.
    {"شباط", {Lx::Month, 2, 0}},
    {"آذار اذار", {Lx::Month, 3, 0}},
    {"نيسان", {Lx::Month, 4, 0}},
    {"أيار ايار آيار", {Lx::Month, 5, 0}},
    {"حزيران", {Lx::Month, 6, 0}},
    {"تموز", {Lx::Month, 7, 0}},
    {"آب", {Lx::Month, 8, 0}},
    {"أيلول", {Lx::Month, 9, 0}},
    {"كانون", {Lx::MonthHead, 1}},
    {"تشرين", {Lx::MonthHead, 2}},
    // Months, Latin names (Egypt, Gulf, Maghreb spellings).
    {"يناير كانفي جانفي جانفييه", {Lx::Month, 1, 1}},
    {"فبراير فبرير فيفري", {Lx::Month, 2, 1}},
    {"مارس", {Lx::Month, 3, 1}},
    {"أبريل إبريل ابريل ابريل أفريل افريل", {Lx::Month, 4, 1}},
    {"مايو ماي مايس", {Lx::Month, 5, 1}},
    {"يونيو يونيه يونية جوان", {Lx::Month, 6, 1}},
    {"يوليو يوليه يولية جويلية يوليوز", {Lx::Month, 7, 1}},
    {"أغسطس اغسطس أغسطوس أوت غشت", {Lx::Month, 8, 1}},
    {"سبتمبر شتنبر", {Lx::Month, 9, 1}},
    {"أكتوبر اكتوبر أكتوبير", {Lx::Month, 10, 1}},
    {"نوفمبر نونبر نوفمير", {Lx::Month, 11, 1}},
    {"ديسمبر دجنبر ديسمير", {Lx::Month, 12, 1}},
    // Hijri months.
    {"محرم المحرم", {Lx::Month, 1, 2}},
    {"صفر", {Lx::Month, 2, 2}},
    {"ربيع", {Lx::MonthHead, 3}},
    {"جمادى جمادي", {Lx::MonthHead, 4}},
    {"رجب", {Lx::Month, 7, 2}},
    {"شعبان", {Lx::Month, 8, 2}},
    {"رمضان", {Lx::Month, 9, 2}},
    {"شوال", {Lx::Month, 10, 2}},
    {"ذو ذي", {Lx::MonthHead, 5}},
    // Ordinals (second words of months, centuries).
    {"الأول أول الاول", {Lx::Ordinal, 1}},
    {"الأولى الاولى أولى", {Lx::Ordinal, 1, 1}},
    {"الحادي الواحد", {Lx::Ordinal, 1, 2}},
    {"الثاني ثاني", {Lx::Ordinal, 2}},
    {"الآخر الآخرة الاخر الاخرة الأخير الأخيرة", {Lx::Ordinal, 2, 1}},
    {"الثالث", {Lx::Ordinal, 3}},
    {"الرابع", {Lx::Ordinal, 4}},
    {"الخامس", {Lx::Ordinal, 5}},
    {"السادس", {Lx::Ordinal, 6}},
    {"السابع", {Lx::Ordinal, 7}},
    {"الثامن", {Lx::Ordinal, 8}},
    {"التاسع", {Lx::Ordinal, 9}},
    {"العاشر", {Lx::Ordinal, 10}},
    {"العشرين", {Lx::Ordinal, 20}},
    {"الثلاثين", {Lx::Ordinal, 30}},
    // Feminine ordinals (الألفية الثالثة); never a day of the month.
    {"الثانية", {Lx::Ordinal, 2, 5}},
    {"الثالثة", {Lx::Ordinal, 3, 5}},
    {"الرابعة", {Lx::Ordinal, 4, 5}},
    {"الخامسة", {Lx::Ordinal, 5, 5}},
    {"السادسة", {Lx::Ordinal, 6, 5}},
    {"السابعة", {Lx::Ordinal, 7, 5}},
    {"الثامنة", {Lx::Ordinal, 8, 5}},
    {"التاسعة", {Lx::Ordinal, 9, 5}},
    {"العاشرة", {Lx::Ordinal, 10, 5}},
    {"الفاتح", {Lx::Ordinal, 1, 4}},
    {"القعدة", {Lx::Ordinal, 11, 3}},
    {"الحجة", {Lx::Ordinal, 12, 3}},
    // Year words.
    {"عام العام سنة السنة", {Lx::YearTrigger, 0, 1}},
    {"عامي سنتي العامين", {Lx::YearTrigger, 0, 2}},
    // Prepositions and conjunctions.
    {"في", {Lx::Prep, kIn}},
    {"منذ", {Lx::Prep, kSince}},
    {"من", {Lx::Prep, kFrom}},
    {"إلى الى", {Lx::Prep, kTo}},
    {"حتى لغاية", {Lx::Prep, kUntil}},
    {"بين", {Lx::Prep, kBetween}},
    {"خلال", {Lx::Prep, kDuring}},
    {"قبل", {Lx::Prep, kBefore}},
    {"بعد", {Lx::Prep, kAfter}},
    {"و", {Lx::Prep, kAnd}},
    // Eras.
    {"م ميلادي ميلادية للميلاد الميلادي الميلادية", {Lx::Era, 1}},
    {"هـ ه هجري هجرية للهجرة الهجري الهجرية هجرة", {Lx::Era, 2}},
    {"ق", {Lx::Era, 3}},
    {"الميلاد", {Lx::Era, 4}},
    // Number words.
    {"واحد واحدا واحدة", {Lx::Number, 1, kUnit}},
    {"أحد إحدى", {Lx::Number, 1, kTeenOnly}},
    {"اثنان اثنين اثنتان اثنتين", {Lx::Number, 2, kUnit}},
    {"اثنا اثني اثنتا اثنتي", {Lx::Number, 2, kTeenOnly}},
    {"ثلاث ثلاثة ثلاثا", {Lx::Number, 3, kUnit}},
    {"أربع أربعة أربعا", {Lx::Number, 4, kUnit}},
    {"خمس خمسة خمسا", {Lx::Number, 5, kUnit}},
    {"ست ستة ستا", {Lx::Number, 6, kUnit}},
    {"سبع سبعة سبعا", {Lx::Number, 7, kUnit}},
    {"ثمان ثماني ثمانية ثمانيا", {Lx::Number, 8, kUnit}},
    {"تسع تسعة تسعا", {Lx::Number, 9, kUnit}},
    {"عشر عشرة عشرا", {Lx::Number, 10, kTen}},
    {"عشرون عشرين", {Lx::Number, 20, kTens}},
    {"ثلاثون ثلاثين", {Lx::Number, 30, kTens}},
    {"أربعون أربعين", {Lx::Number, 40, kTens}},
    {"خمسون خمسين", {Lx::Number, 50, kTens}},
    {"ستون ستين", {Lx::Number, 60, kTens}},
    {"سبعون سبعين", {Lx::Number, 70, kTens}},
    {"ثمانون ثمانين", {Lx::Number, 80, kTens}},
    {"تسعون تسعين", {Lx::Number, 90, kTens}},
    {"مئة مائة", {Lx::Number, 100, kHundreds}},
    {"مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي", {Lx::Number, 200, kHundreds}},
    {"ثلاثمئة ثلاثمائة", {Lx::Number, 300, kHundreds}},
    {"أربعمئة أربعمائة", {Lx::Number, 400, kHundreds}},
    {"خمسمئة خمسمائة", {Lx::Number, 500, kHundreds}},
    {"ستمئة ستمائة", {Lx::Number, 600, kHundreds}},
    {"سبعمئة سبعمائة", {Lx::Number, 700, kHundreds}},
    {"ثمانمئة ثمانمائة ثمانيمئة", {Lx::Number, 800, kHundreds}},
    {"تسعمئة تسعمائة", {Lx::Number, 900, kHundreds}},
    {"ألف آلاف ألوف", {Lx::Scale, 3, 1}},
    {"ألفان ألفين ألفا ألفي", {Lx::Scale, 3, 2}},
    {"مليون ملايين", {Lx::Scale, 6, 1}},
    {"مليونان مليونين مليونا مليوني", {Lx::Scale, 6, 2}},
    {"مليار مليارات بليون بلايين", {Lx::Scale, 9, 1}},
    {"ملياران مليارين مليارا ملياري بليونان بليونين بليوني بليونا", {Lx::Scale, 9, 2}},
    {"تريليون تريليونات", {Lx::Scale, 12, 1}},
    {"المئة المائة المية", {Lx::Percent}},
    // Currencies.
    {"دولار دولارا دولارات", {Lx::Currency, kDollar, 0, "USD"}},
    {"يورو", {Lx::Currency, kEuro, 0, "EUR"}},
    {"روبل روبلا روبلات", {Lx::Currency, kRouble, 0, "RUB"}},
    {"ليرة ليرات", {Lx::Currency, kLira, 0, "lira"}},
    {"جنيه جنيها جنيهات", {Lx::Currency, kPound, 0, "pound"}},
    {"إسترليني استرليني", {Lx::Currency, kPound, 0, "GBP"}},
    {"ريال ريالا ريالات", {Lx::Currency, kRiyal, 0, "riyal"}},
    {"دينار دينارا دنانير", {Lx::Currency, kDinar, 0, "dinar"}},
    {"درهم درهما دراهم", {Lx::Currency, kDirham, 0, "dirham"}},
    {"فرنك فرنكا فرنكات", {Lx::Currency, kOtherCurrency, 0, "franc"}},
    {"يوان", {Lx::Currency, kOtherCurrency, 0, "CNY"}},
    {"روبية روبيات", {Lx::Currency, kOtherCurrency, 0, "rupee"}},
    {"قرش قرشا قروش", {Lx::Currency, kOtherCurrency, 0, "piastre"}},
    {"دوكا دوقية", {Lx::Currency, kOtherCurrency, 0, "ducat"}},
    {"كرونة كرونات كرون", {Lx::Currency, kKrona, 0, "krona"}},
    {"شيكل شيكلا", {Lx::Currency, kOtherCurrency, 0, "ILS"}},
    {"بيزو", {Lx::Currency, kOtherCurrency, 0, "peso"}},
    {"مارك ماركا", {Lx::Currency, kOtherCurrency, 0, "mark"}},
    // Duals: a count of two on their own ("ودينارين عن الطفل").
    {"دينارين ديناران", {Lx::Currency, kDinar, 2, "dinar"}},
    {"درهمين درهمان", {Lx::Currency, kDirham, 2, "dirham"}},
    {"ريالين ريالان", {Lx::Currency, kRiyal, 2, "riyal"}},
    {"دولارين دولاران", {Lx::Currency, kDollar, 2, "USD"}},
    {"جنيهين جنيهان", {Lx::Currency, kPound, 2, "pound"}},
    {"ليرتين ليرتان", {Lx::Currency, kLira, 2, "lira"}},
    // Units.
    {"كم كلم كيلومتر كيلومترا كيلومترات كيلو", {Lx::Unit, 0, 0, "km"}},
    {"متر مترا أمتار", {Lx::Unit, 0, 0, "m"}},
    {"سم سنتيمتر سنتيمترا سنتيمترات", {Lx::Unit, 0, 0, "cm"}},
    {"ميل ميلا أميال", {Lx::Unit, 0, 0, "mi"}},
    {"طن طنا أطنان", {Lx::Unit, 0, 0, "t"}},
    {"كيلوغرام كيلوغراما كغ كلغ كيلوجرام", {Lx::Unit, 0, 0, "kg"}},
    {"غرام غراما جرام", {Lx::Unit, 0, 0, "g"}},
    {"ميغاواط ميغاوات ميجاوات ميجاواط", {Lx::Unit, 0, 0, "MW"}},
    {"كيلوواط كيلووات", {Lx::Unit, 0, 0, "kW"}},
    {"غيغاواط جيجاوات", {Lx::Unit, 0, 0, "GW"}},
    {"برميل برميلا براميل", {Lx::Unit, 0, 0, "barrels"}},
    {"هكتار هكتارا هكتارات", {Lx::Unit, 0, 0, "ha"}},
    {"دونم دونما دونمات", {Lx::Unit, 0, 0, "dunams"}},
    {"فدان فدانا أفدنة", {Lx::Unit, 0, 0, "feddans"}},
    {"لتر لترا لترات", {Lx::Unit, 0, 0, "L"}},
    {"مربع مربعا المربع المربعة مربعة", {Lx::Square}},
    // Time units (durations).
    {"سنوات سنين أعوام أعواما عاما سنتان", {Lx::TimeUnit, 'Y', 1}},
    {"عامين سنتين عامان", {Lx::TimeUnit, 'Y', 2}},
    {"شهر شهرا أشهر شهور", {Lx::TimeUnit, 'M', 1}},
    {"شهرين شهران", {Lx::TimeUnit, 'M', 2}},
    {"يوم يوما أيام", {Lx::TimeUnit, 'D', 1}},
    {"يومين يومان", {Lx::TimeUnit, 'D', 2}},
    {"أسبوع أسبوعا أسابيع", {Lx::TimeUnit, 'W', 1}},
    {"أسبوعين أسبوعان", {Lx::TimeUnit, 'W', 2}},
    {"قرن قرنا قرون", {Lx::TimeUnit, 'C', 1}},
    {"قرنين قرنان", {Lx::TimeUnit, 'C', 2}},
    {"عقد عقدا عقود", {Lx::TimeUnit, 'E', 1}},
    {"عقدين عقدان", {Lx::TimeUnit, 'E', 2}},
    // Hours and minutes ('H', 'I'): "دامت الحرب ٣٨ دقيقة", "استمر القصف 5 ساعات".
    {"ساعة ساعات", {Lx::TimeUnit, 'H', 1}},
    {"ساعتين ساعتان", {Lx::TimeUnit, 'H', 2}},
    {"دقيقة دقائق", {Lx::TimeUnit, 'I', 1}},
    {"دقيقتين دقيقتان", {Lx::TimeUnit, 'I', 2}},
    // Decades.
    {"عشرينيات العشرينيات عشرينات العشرينات", {Lx::Decade, 2}},
    {"ثلاثينيات الثلاثينيات ثلاثينات الثلاثينات", {Lx::Decade, 3}},
    {"أربعينيات الأربعينيات أربعينات الأربعينات", {Lx::Decade, 4}},
    {"خمسينيات الخمسينيات خمسينات الخمسينات", {Lx::Decade, 5}},
    {"ستينيات الستينيات ستينات الستينات", {Lx::Decade, 6}},
    {"سبعينيات السبعينيات سبعينات السبعينات", {Lx::Decade, 7}},
    {"ثمانينيات الثمانينيات ثمانينات الثمانينات", {Lx::Decade, 8}},
    {"تسعينيات التسعينيات تسعينات التسعينات", {Lx::Decade, 9}},
    {"القرن", {Lx::Century, 0, 1}},
    {"القرنين", {Lx::Century, 0, 2}},
    {"الألفية الألف", {Lx::Millennium}},
    {"العقد", {Lx::DecadeOrdinal}},
    {"منتصف مطلع بداية بدايات أوائل أواخر نهاية نهايات أواسط أول", {Lx::Qualifier}},
    {"نفسه نفسها ذاته ذاتها", {Lx::Relative, kSameYear}},
    {"التالي التالية اللاحق اللاحقة الموالي", {Lx::Relative, kNextYear}},
    {"السابق السابقة", {Lx::Relative, kPrevYear}},
    {"الماضي الماضية المنصرم المنصرمة الفائت الماضيين الأخيرين", {Lx::Relative, kPast}},
    {"الحالي الحالية الجاري الجارية", {Lx::Relative, kCurrent}},
    {"المقبل المقبلة القادم القادمة", {Lx::Relative, kComing}},
    {"نفس ذات", {Lx::Same}},
    {"عدد", {Lx::Count}},
    {"نصف نصفا", {Lx::Half}},
    // Fractions before a scale or a time unit: ربع مليون, ثلث قرن, ثلثا السكان (a = divisor).
    {"ربع", {Lx::Half, 4}},
    {"ثلث", {Lx::Half, 3}},
    {"نحو قرابة حوالي حوالى زهاء مدة لمدة طيلة طوال", {Lx::Approx}},
    // Definite duals: "the last two decades" (العقدين الأخيرين).
    {"العقدين", {Lx::TimeUnit, 'E', 3}},
    {"السنتين", {Lx::TimeUnit, 'Y', 3}},
    {"الشهرين", {Lx::TimeUnit, 'M', 3}},
    {"الأسبوعين", {Lx::TimeUnit, 'W', 3}},
    {"اليومين", {Lx::TimeUnit, 'D', 3}},
};

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};
struct Eq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};
using Map = std::unordered_map<std::string, Lex, Hash, Eq>;

struct Table {
  Map words;
  Map nouns;
  std::size_t longest = 0;
  Table() {
    auto add_all = [this](Map& map, const char* list, Lex lex) {
      std::string_view rest(list);
      while (!rest.empty()) {
        const auto space = rest.find(' ');
        const auto word = rest.substr(0, space);
        if (!word.empty()) {
          std::string key = arabic::normalize_text(word);
          longest = std::max(longest, key.size());
          map.emplace(std::move(key), lex);
        }
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
      }
    };
    for (const auto& e : kEntries) add_all(words, e.words, e.lex);
    for (const auto& n : kNouns) {
      add_all(nouns, n.words, Lex{Lx::Noun, 0, 0, n.en});
      add_all(words, n.words, Lex{Lx::Noun, 0, 0, n.en});
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// Normalized prefixes, all two-byte Arabic letters.
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kFa = "\xD9\x81";          // ف
constexpr std::string_view kBa = "\xD8\xA8";          // ب
constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kKaf = "\xD9\x83";         // ك
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

const Lex* lookup(const Map& map, std::string_view w) {
  const auto it = map.find(w);
  return it == map.end() ? nullptr : &it->second;
}

Hit find_in(const Map& map, std::string_view w, bool strip_al) {
  // Longer than any entry with its longest prefix (وبال): not in the lexicon.
  if (w.empty() || w.size() > table().longest + 8) return {};
  if (const Lex* l = lookup(map, w)) return {l, 0};
  std::size_t pre = 0;
  std::string_view rest = w;
  if (starts_with(rest, kWaw) || starts_with(rest, kFa)) {
    rest.remove_prefix(2);
    pre += 2;
    if (rest.size() >= 4)
      if (const Lex* l = lookup(map, rest)) return {l, pre};
  }
  if (starts_with(rest, kBa) || starts_with(rest, kLam) || starts_with(rest, kKaf)) {
    std::string_view r2 = rest.substr(2);
    if (r2.size() >= 4) {
      if (const Lex* l = lookup(map, r2)) return {l, pre + 2};
      // لل -> ال
      if (starts_with(rest, kLam) && starts_with(r2, kLam) && r2.size() >= 6) {
        std::string al(kAl);
        al.append(r2.substr(2));
        if (const Lex* l = lookup(map, al)) return {l, pre};
      }
    }
    if (strip_al && starts_with(r2, kAl) && r2.size() >= 8)
      if (const Lex* l = lookup(map, r2.substr(4))) return {l, pre + 2 + 4};
  }
  if (strip_al && starts_with(rest, kAl) && rest.size() >= 8)
    if (const Lex* l = lookup(map, rest.substr(4))) return {l, pre + 4};
  return {};
}

}  // namespace

const Lex* find_exact(std::string_view word) {
  return lookup(table().words, word);
}

Hit find(std::string_view word) {
  return find_in(table().words, word, false);
}

Hit find_noun(std::string_view word) {
  return find_in(table().nouns, word, true);
}

const char* currency_with_adjective(int family, std::string_view adjective) {
  struct Adj {
    int family;
    const char* words;
    const char* code;
  };
  static const Adj kAdj[] = {
      {kDollar, "أمريكي أميركي امريكي", "USD"},
      {kDollar, "كندي", "CAD"},
      {kDollar, "أسترالي", "AUD"},
      {kLira, "سورية سوري", "SYP"},
      {kLira, "لبنانية لبناني", "LBP"},
      {kLira, "تركية تركي", "TRY"},
      {kLira, "عثمانية عثماني", "Ottoman lira"},
      {kPound, "إسترليني استرليني", "GBP"},
      {kPound, "مصري مصرية", "EGP"},
      {kPound, "سوداني", "SDG"},
      {kRiyal, "سعودي", "SAR"},
      {kRiyal, "قطري", "QAR"},
      {kRiyal, "عماني", "OMR"},
      {kRiyal, "يمني", "YER"},
      {kRiyal, "إيراني", "IRR"},
      {kDinar, "كويتي", "KWD"},
      {kDinar, "عراقي", "IQD"},
      {kDinar, "أردني", "JOD"},
      {kDinar, "بحريني", "BHD"},
      {kDinar, "تونسي", "TND"},
      {kDinar, "جزائري", "DZD"},
      {kDinar, "ليبي", "LYD"},
      {kDirham, "إماراتي", "AED"},
      {kDirham, "مغربي", "MAD"},
      {kOtherCurrency, "فرنسي", "FRF"},
      {kKrona, "سويدية سويدي", "SEK"},
      {kKrona, "نرويجية نرويجي", "NOK"},
      {kKrona, "دنماركية دنماركي", "DKK"},
      {kKrona, "تشيكية", "CZK"},
      {kOtherCurrency, "سويسري", "CHF"},
  };
  static const auto table = [] {
    std::vector<std::pair<std::pair<int, std::string>, const char*>> t;
    for (const auto& a : kAdj) {
      std::string_view rest(a.words);
      while (!rest.empty()) {
        const auto space = rest.find(' ');
        t.push_back({{a.family, arabic::normalize_text(rest.substr(0, space))}, a.code});
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
      }
    }
    return t;
  }();
  for (const auto& [key, code] : table)
    if (key.first == family && key.second == adjective) return code;
  return nullptr;
}

}  // namespace tarikh::questions::lexicon
