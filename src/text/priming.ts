/**
 * A sample that takes the analyser through its code paths once before real text arrives.
 *
 * Why: the JavaScript engine compiles a hot function for the branches it has seen run; a branch first
 * met in compiled code (an e-mail address, a number with a separator, a word of a rare clitic pattern)
 * throws the compiled code away and compiles it again — tens of milliseconds each for the scanner and
 * the clitic ranking, many times over in the first megabytes of real text. Running this sample through
 * a throwaway memo once a long run is under way (after the first 2,000 word forms; see analyzer.ts
 * prime) lets the engine see every kind of token and the common segmentation and stemming patterns
 * early. The sample is made up here (wire-story style and the examples of the modules' comments),
 * not taken from any corpus.
 */
export const PRIMING_TEXT: readonly string[] = [
  'قال وزير الخارجية الأمريكي جون كيري، في مؤتمر صحفي مع نظيره الروسي سيرغي لافروف: «سنعمل معاً».',
  'وللمدينة بالإجلاء موافقتها وزير وزارة بريطانيا كندا ليبيا فلسطين كيري لافروف البحرين لبنان سلمان',
  'الحكومة حكومته حكومتها بحكومتين الحكومات والحكومة للحكومة وحكومتهم فحكومتنا كحكومة',
  'المسلمين مسلمون والمسلمون المسلمات الطرفان الطرفين مسلمين للجنة لجنة للسلطة والسلطات',
  'إجلاء اجلاء الإجلاء والإجلاء بالإجلاء ألمانيا المانيا الألماني الالماني إلغاء الغاء الله الذي والذي',
  'وقال فقال وبين وغيرها وكان كان كما لدى لكن لكنها له لها لهم بها به بي لي لك بك فيه منها عنه معهم أنه إنه كله',
  'سيذهب سأذهب ستعقد سنعمل سانت التزامها التقاهم الولايات التهم اليه إليه عليه علي على معنى مصطفى مستشفى',
  'كتابه كلمته مدرسة مدرسه قوات بيانات كتاباً واحدٍ رئيسي مصري وزرائهم شؤون شئون مسؤول مسئول',
  'مُحَمَّد كـبير هٰذا دبي ـ العربية.نت (أ ف ب) (واس) جنيف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م',
  'ارتفع المؤشر 2,5 في المئة إلى 1,000,000.75 نقطة و٢٫٥ و١٬٠٠٠ و۱۲۳ و50% و٪٢٠ في الساعة 17:30.',
  'Reuters: Kerry and Lavrov met in Geneva; don\'t miss F-16 Al-Assad U.S. the UN’s plan — OK?',
  'راجع https://www.spa.gov.sa/viewstory.php?lang=ar&newsid=1234567, و www.alarabiya.net/ar. أو http://t.co/x).',
  'راسلونا على info@example.com أو news.desk+ar@agency.co.uk أو .x_y%z-w@mail.example.org ، شكراً',
  '#السعودية_تحتفل #Aleppo #حلب٢٠١٦ @UN_News @وزارة ‏#عاجل‎ 😀👍🏽 Привет 東京 עברית',
  'ﻻ ﷺ ﻟﻠﻪ یک کتاب می‌خواهم ٱلله آمن ؤ ئ ء ى ة ـــ ؟ ؛ ، « » “ ” " ( ) [ ] ... !!',
  'وبالمسؤولية وللمسؤولين فبالإضافة وكالتهم وسيقولون فسيكون لنا ولنا بنا وبنا كذلك وكذلك هناك هنا',
  'وبا فكا وبالا لا ولا فلا بلا كلا وأضاف وأوضحت واشار وأفادت وأصيب مما ومما فيما وفيما بينما إنما أينما عندما كلما حيثما',
  // decomposed hamza and madda (U+0654, U+0655, U+0653 after their letter), as some sources write them
  'ﻻسمه ﻻستقبال وﻻية ﻟﻠﻤﺪﻳﻨﺔ ا\u0654حمد ا\u0655سلام مسو\u0654ول رءي\u0654س ا\u0653لاف والا\u0654مم بالا\u0655جلاء',
];
