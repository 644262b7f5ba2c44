// Attacks and protests told by their noun (nominal.ts, data/lexicons/event-nominal.tsv) and the verbs added beside
// them (event-triggers.tsv): each construction with an event and the look-alikes that are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeWithHandEntities } from '../discourse/test-kit.js';
import type { HandEntity } from '../discourse/hand-entities.js';

const res = defaultResources();
const E: HandEntity[] = [
  { id: 'erdogan', type: 'PER', name: 'رجب طيب أردوغان', forms: ['أردوغان'], country: 'TUR', role: 'head-of-state' },
  { id: 'raisi', type: 'PER', name: 'إبراهيم رئيسي', forms: ['رئيسي'], country: 'IRN', role: 'head-of-state' },
  { id: 'ankara', type: 'LOC', name: 'أنقرة', country: 'TUR', kb: 'place:ankara' },
  { id: 'turkey', type: 'LOC', name: 'تركيا', country: 'TUR', kb: 'country:TUR' },
  { id: 'khartoum', type: 'LOC', name: 'الخرطوم', country: 'SDN', kb: 'place:khartoum' },
  { id: 'hamas', type: 'ORG', name: 'حماس', forms: ['حركة حماس'], country: 'PSE' },
  { id: 'eu', type: 'ORG', name: 'الاتحاد الأوروبي' },
];

/** the triggers of the non-negated events of one type */
const fired = (text: string, type: string) =>
  analyzeWithHandEntities(text, E, res, '2015-07-27').events.filter((e) => e.type === type && !e.negated).map((e) => e.trigger.text);

const yes = (text: string, type: string, trigger?: string) => {
  const t = fired(text, type);
  assert.ok(t.length > 0, `${type} expected in: ${text}`);
  if (trigger) assert.ok(t.includes(trigger), `${type} trigger ${trigger} expected, got ${JSON.stringify(t)}`);
};
const no = (text: string, type: string) => assert.deepEqual(fired(text, type), [], `no ${type} expected in: ${text}`);

test('an attack noun with an adjective of violence was an attack; a fight against attacks is none', () => {
  yes('وأعلنت الحكومة حالة الطوارئ في أعقاب تفجير انتحاري هز وسط المدينة.', 'ASSAULT', 'تفجير');
  yes('وأكد الأهالي أن الهجوم الإرهابي على منزل العائلة لن يمر دون عقاب.', 'ASSAULT', 'الهجوم');
  no('وشددت الحكومة على مكافحة الهجمات الإرهابية في كل مكان.', 'ASSAULT');
  no('وقال الخبراء إن خطر هجمات إرهابية جديدة ما زال قائما.', 'ASSAULT');
});

test('an attack noun with a relative clause in the perfect happened; one in the imperfect or planned did not', () => {
  yes('وقال المحققون إن التفجير الذي وقع في السوق الشعبية فتح الباب أمام اعتقالات واسعة.', 'ASSAULT', 'التفجير');
  no('وتحدث التقرير عن الهجمات التي قد تقع في الصيف.', 'ASSAULT');
  no('وقالت الوزارة إن عمليات التفجير التي كانت مخططة في المساجد تكشف خطورة التنظيم.', 'ASSAULT');
});

test('after a preposition of time or cause, or where casualties fell, an attack noun happened', () => {
  yes('وعاد الهدوء إلى أحياء البلدة بعد الاشتباكات.', 'ASSAULT', 'الاشتباكات');
  yes('وأصيب خمسة أشخاص في الهجوم.', 'ASSAULT');
  yes('وتوقفت الملاحة في الميناء بسبب القتال العنيف.', 'ASSAULT', 'القتال');
  // (الوسط is the middle of the pitch, not وسط "amid")
  no('ويجيد اللاعب الجديد اللعب في مركزي الوسط والهجوم.', 'ASSAULT');
  // (an animal's attack is none)
  no('وتوقفت المسابقة خلال هجوم القرش قبالة الشاطئ.', 'ASSAULT');
});

test('an attack named by the place it struck is one, and whoever tells of it is not its doer', () => {
  const { events } = analyzeWithHandEntities('ورأى أردوغان أن تفجيرات أنقرة غيرت المشهد السياسي.', E, res, '2015-07-27');
  const a = events.filter((e) => e.type === 'ASSAULT');
  assert.equal(a.length, 1, JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  assert.deepEqual(a[0]!.actor, []);
});

test('a fight told with its other side but nobody recognised is still one; clashes with protesters are the protest\'s', () => {
  yes('وعاد السكان إلى منازلهم بعد معارك عنيفة مع المتمردين.', 'ASSAULT', 'معارك');
  no('واعتقلت الشرطة عددا من المحتجين بعد مواجهات مع قوات الأمن.', 'ASSAULT');
  // (هجوم + a city is a club's forward line)
  no('المدرب يعزز هجوم أنقرة بمهاجم جديد', 'ASSAULT');
  // (… and clashes of a cup round are matches; training for fighting is no fight)
  no('وتراجع مستوى اللاعب بعد مواجهات الدور الأول العنيفة.', 'ASSAULT');
  no('وسافر المتهم لتلقي تدريبات على القتال العنيف في معسكر سري.', 'ASSAULT');
});

test('a killing noun with an unnamed victim, a quoted count or its cause; an animal or a named leader is none', () => {
  yes('مقتل شاب على أيدي مسلحين مجهولين في حي شعبي', 'ASSAULT', 'مقتل');
  yes('مقتل «12» مسلحا في غارات على مواقعهم', 'ASSAULT', 'مقتل');
  no('تحقيق في مقتل رجل عضته أفعى في مزرعة', 'ASSAULT');
  no('وتداولت وسائل الإعلام أنباء عن مقتل زعيم حماس لكن الحركة نفت ذلك.', 'ASSAULT');
});

test('fighting: its possessive is an event; a purpose (لقتال) and the adjective قتالي are none', () => {
  yes('وواصلت الجماعة قتالها ضد القوات الحكومية في الشمال.', 'ASSAULT', 'قتالها');
  no('وسافر الشاب إلى الخارج لقتال المتمردين.', 'ASSAULT');
  no('وتلقى الموقوف تدريبا قتاليا في معسكر سري.', 'ASSAULT');
});

test('exposed to shells, military operations begun: attacks', () => {
  yes('وتعرض مركز حدودي في المنطقة الجنوبية لقذائف من خارج الحدود.', 'ASSAULT', 'وتعرض');
  yes('وبدأت تركيا عمليات عسكرية ضد المسلحين في الشمال.', 'ASSAULT');
  no('وتعرض المستثمرون لعملية احتيال واسعة.', 'ASSAULT');
});

test('هاجم: words and policies, or a person attacking, are criticism (ACCUSE); armed men attacking is an assault', () => {
  no('هاجم أردوغان تصريحات الاتحاد الأوروبي بشأن الانتخابات.', 'ASSAULT');
  yes('هاجم أردوغان تصريحات الاتحاد الأوروبي بشأن الانتخابات.', 'ACCUSE', 'هاجم');
  no('هاجم أردوغان رئيسي في مؤتمر صحفي عقده أمس.', 'ASSAULT');
  yes('هاجم مسلحون مركزا للشرطة في البلدة فجر اليوم.', 'ASSAULT', 'هاجم');
});

test('habitual and generic killing words are no attack: يتم تفجيرها، فتاوى قتل', () => {
  no('وكانت الورشة تصنع عبوات يتم تفجيرها في الأسواق.', 'ASSAULT');
  no('وطالب العلماء بالتصدي لفتاوى قتل المخالفين.', 'ASSAULT');
});

test('a protest noun with an adjective, a target, a time or a place was a protest', () => {
  yes('وعزل الجيش الرئيس عقب احتجاجات حاشدة على حكمه.', 'PROTEST', 'احتجاجات');
  yes('وأرجئت المفاوضات بسبب احتجاجات شديدة رافضة لسياسات التقشف.', 'PROTEST', 'احتجاجات');
  yes('مظاهرات غاضبة في الخرطوم', 'PROTEST', 'مظاهرات');
  // (a past one the clause dates by, a ban, a festival: none)
  no('وتشهد المدينة هدوءا منذ احتجاجات 2019.', 'PROTEST');
  no('وتمنع حالة الطوارئ أي تجمعات أو مظاهرات.', 'PROTEST');
  no('وتعد هذه التظاهرة الثقافية الأكبر في المنطقة منذ افتتاحها.', 'PROTEST');
});

test('protesters at work or gathered make a protest; their demands or their dispersal told later do not', () => {
  yes('وتجمع متظاهرون أمام السفارة للاحتجاج على الزيارة.', 'PROTEST');
  yes('ورفع متظاهرون أمام السفارة لافتات غاضبة.', 'PROTEST', 'متظاهرون');
  yes('ورفع المحتجون لافتات تندد بالقرار الحكومي.', 'PROTEST', 'المحتجون');
  yes('وحضر عشرات المتظاهرين إلى الساحة الرئيسية.', 'PROTEST', 'المتظاهرين');
  no('وقال الوزير إن الحكومة ستدرس مطالب المحتجين على مجلس الوزراء.', 'PROTEST');
  no('وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع.', 'PROTEST');
});

test('protests caused or faced, gatherings to protest, marches that walked; its aspects (مظاهره) are none', () => {
  yes('دافع رئيس الوزراء عن مشاريع قوانين أثارت احتجاجات من الناخبين.', 'PROTEST', 'احتجاجات');
  yes('وتجمع الصحافيون أمام نادي الصحافة للاحتجاج على قرار حكومي.', 'PROTEST', 'وتجمع');
  yes('وفي عام 1895 سارت تظاهرة ضمت ألفين من الأرمن أمام مقر الحكومة.', 'PROTEST');
  no('وأكدت الهيئة رفضها لأوجه الفساد ومظاهره وأساليبه ومحاربته لتؤكد حرصها على المال العام.', 'PROTEST');
});

test('a crowd (تجمهر) of workers or one made is a protest; onlookers at an accident are none', () => {
  yes('إحراق سيارتين بعد تجمهر عمال في المنطقة الصناعية', 'PROTEST', 'تجمهر');
  yes('وفوجئت الدوريات بقيام عدد من العمال بالتجمهر وإتلاف عدد من السيارات.', 'PROTEST', 'بالتجمهر');
  no('وتأخر الإسعاف في الوصول بسبب التجمهر الكثيف حول الحادث.', 'PROTEST');
});

test('a headline tells a killing in the present; a place witnessing an attack; casualties in a targeting', () => {
  const text = 'شاب يقتل شقيقيه في قرية نائية\n\nوقالت الشرطة إن التحقيقات جارية.';
  const { events } = analyzeWithHandEntities(text, E, res, '2015-07-27');
  assert.ok(events.some((e) => e.type === 'ASSAULT' && e.trigger.text === 'يقتل'), JSON.stringify(events.map((e) => [e.type, e.trigger.text])));
  // (in a body sentence the same present is generic)
  no('وقالت الشرطة إن من يقتل الأبرياء لا دين له.', 'ASSAULT');
  yes('كما شهدت الخرطوم هجوما استهدف نقطة تفتيش.', 'ASSAULT');
  yes('سقوط قتلى وجرحى في استهداف دورية عسكرية', 'ASSAULT', 'استهداف');
  no('واتهمت الحكومة المتمردين باستهداف المدنيين.', 'ASSAULT');
});

test('a headline verb in the present needs a person doing or suffering it; «by means of targeting» is no time', () => {
  const headline = (h: string) => analyzeWithHandEntities(`${h}\n\nوقالت الشرطة إن التحقيقات جارية.`, E, res, '2015-07-27').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(headline('مريض نفسي يقتل ثلاثة في قرية نائية').length, 1);
  assert.equal(headline('كوبرا تقتل صاحبها وتموت').length, 0);
  assert.equal(headline('غزارة المعلومات تقتل المعلومة').length, 0);
  no('واعتقلت الشرطة ثمانية أشخاص يشتبه في أنهم خططوا لاعتداءات من خلال استهداف مسؤولين أمنيين.', 'ASSAULT');
});

test('exposed to the shelling, moved to kill, began an attack, laid an ambush; protests a step caused', () => {
  yes('وذكر الرجل الذي تعرض منزله للقصف أن أسرته بخير.', 'ASSAULT', 'تعرض');
  yes('أقدم المواطن المذكور على قتل شقيقيه بإطلاق النار عليهما.', 'ASSAULT', 'أقدم');
  no('أقدمت الشركة على رفع الأسعار.', 'ASSAULT');
  yes('وبدأت الفصائل هجوما واسعا على مراكز القوات الحكومية.', 'ASSAULT');
  no('وبدأ النائب هجوما إعلاميا على الحكومة.', 'ASSAULT');
  yes('وقالت المصادر إن المقاومة نصبت كمينا لدورية عسكرية.', 'ASSAULT', 'نصبت كمينا');
  yes('وأثارت الخطوة أكبر احتجاجات في الشوارع منذ سنوات.', 'PROTEST', 'احتجاجات');
});

test('a story\'s battles, a halted bombardment, a festival and an accident are no events', () => {
  no('في أفلام الحركة يتمكن البطل من قهر الأشرار ليخرج بعد معارك طاحنة بطلا قوميا.', 'ASSAULT');
  no('وأوقفت القوات عمليات القصف الجوي جزئيا لإفساح المجال أمام المدنيين.', 'ASSAULT');
  no('وهو تظاهرة حاشدة لأفلام الخيال العلمي تقام كل عام.', 'PROTEST');
  no('وفي كل عيد نسمع عن فاجعة تسببت في مقتل طفل.', 'ASSAULT');
});

test('harms in a list are nouns; a possible attack, a computer attack and an incident of killing a lion are none', () => {
  no('قتل واقتتال، وسفك دماء وحروب ودمار.', 'ASSAULT');
  yes('قتل وجرح عشرون شخصا في انفجار.', 'ASSAULT');
  no('وأعلن ضابط أن حكومته قد تشن هجمات على المسلحين في حال تبين أنهم يخططون لذلك.', 'ASSAULT');
  no('وتعرضت المنظمة لهجوم إلكتروني واسع هذا الأسبوع.', 'ASSAULT');
  no('واقتحم قراصنة مواقع الوزارة أمس.', 'ASSAULT');
  yes('وأعلن الحزب على موقعه الإلكتروني أن مقاتليه هاجموا موقعا للجيش.', 'ASSAULT');
  no('وتحقق السلطات في واقعة قتل الأسد الشهير في المحمية.', 'ASSAULT');
  const h = analyzeWithHandEntities('التحالف يقصف معسكرا قرب العاصمة\n\nوقالت المصادر إن الغارات استمرت.', E, res, '2015-07-27').events;
  assert.ok(h.some((e) => e.type === 'ASSAULT' && e.trigger.text === 'يقصف'), JSON.stringify(h.map((e) => [e.type, e.trigger.text])));
});

test('a protest noun in a short title in guillemets is none', () => {
  no('ومن كتبه «مذكرات مهاجر» و«حب بعد المظاهرات» و«أحلام عبور الحدود».', 'PROTEST');
});

test('an attack that happened by its verb of happening, or during which something was', () => {
  yes('ووقع الهجوم يوم الثامن عشر من يونيو.', 'ASSAULT', 'الهجوم');
  yes('يذكر أن التفجير وقع أمام مدرسة للبنات.', 'ASSAULT', 'التفجير');
  yes('وكانت العائلة نائمة أثناء الهجوم.', 'ASSAULT', 'الهجوم');
  no('ووقع الوزير اتفاقية مع نظيره لمكافحة الهجمات الإرهابية.', 'ASSAULT');
});

test('a wire round-up tells one attack per sentence; only a telling that points back at the last one is the same attack', () => {
  const count = (text: string) => analyzeWithHandEntities(text, E, res, '2015-08-02').events.filter((e) => e.type === 'ASSAULT' && !e.negated).length;
  // three attacks, each without names: three events
  assert.equal(count('وقالت المصادر إن القوات أطلقت قذائف الهاون على الأحياء السكنية. وأوضحت أن مسلحين شنوا هجومًا استهدف تجمعًا للجيش جنوبي المدينة. وقتل مسلح 38 سائحًا عندما أطلق الرصاص على شاطئ فندق.'), 3);
  // fighting named where people fell is a fight of its own; a consequence (أسفر عن مقتل) is not
  assert.equal(count('وقصفت طائرات مجهولة مخزنا للأسلحة في المدينة. وسقط عدد من القتلى والجرحى من الطرفين في معارك عنيفة في الريف الجنوبي.'), 2);
  assert.equal(count('وقصفت طائرات مجهولة مخزنا للأسلحة في المدينة. وأسفر القصف عن مقتل ثلاثة حراس.'), 1);
  // the strike, then "the strike was carried out on orders …", then "during it": one attack
  assert.equal(count('وقصفت طائرات مجهولة مخزنا للأسلحة. وقالت مصادر إن الضربة نفذت بأمر من القيادة. وأصيب خلالها ثلاثة حراس بالرصاص.'), 1);
});

test('an attack by animals, by the press or by fans, or told in the present after عندما, is no assault', () => {
  no('حيث هاجمت قرود البابون طفلا في غابة رغدان بالباحة وأصابته بجروح عميقة في ساقه.', 'ASSAULT');
  no('لكن الحكومة الفرنسية لم تتمكن من التغاضي عن الهجوم العنيف الذي شنته الصحف البريطانية.', 'ASSAULT');
  no('وكانت جماهير نادي الزمالك قد هاجمت الحارس الشاب بعد أن أعلن عن عروض احتراف له.', 'ASSAULT');
  no('فعندما تهاجم الميليشيات سفن الإغاثة وتغير على مقار توزيع المواد، تثبت أن الشعب آخر اهتماماتها.', 'ASSAULT');
  // (the press that reports an attack is not its doer; a perfect after عندما happened)
  yes('وذكرت وسائل إعلام محلية أن مهاجما فتح النار وأصاب شخصين خلال احتجاج في مدينة مرسين.', 'ASSAULT');
  yes('وقتل مسلح 38 سائحًا عندما أطلق الرصاص على شاطئ فندق في مدينة سوسة.', 'ASSAULT');
});

test('mines and bombs planted are an attack, trees are not; a bloody attack (هجوم دام) happened', () => {
  yes('وأكد المتحدث أن القتلى سقطوا بالألغام الأرضية التي زرعتها الميليشيات قبل انسحابها.', 'ASSAULT', 'زرعتها');
  yes('وأعلنت الوزارة أن شخصا قتل بينما كان يحاول زرع قنبلة في السوق.', 'ASSAULT');
  no('وزرع المزارعون آلاف الأشجار في المنطقة.', 'ASSAULT');
  yes('وقررت الحكومة الاحتجاز الإداري للجناة في هجوم دام لمتشددين على منزل بالضفة الغربية.', 'ASSAULT', 'هجوم');
});

test('a killing after a verb of ruling or ability is a rule, and an attack said to be untrue did not happen', () => {
  no('ولن أسرد الأحاديث الشريفة التي تحرم قتل النفس.', 'ASSAULT');
  no('وأكد المحاضر أن منطقة الجزاء يمكنها قتل الحكم.', 'ASSAULT');
  no('وليس غريبا على الغلاة أن يفتوا بجواز قتل رجال الأمن.', 'ASSAULT');
  no('وقال الجيش إن الأكمنة مجهزة، ولا صحة لما تردد عن وقوع هجمات على الأكمنة.', 'ASSAULT');
  yes('وقتل مسلح 38 سائحا في مدينة سوسة.', 'ASSAULT');
});
