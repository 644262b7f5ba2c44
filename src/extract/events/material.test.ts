// Material events (attacks, captures, releases, withdrawals, sanctions, deployments) in wordings found on real news
// (SaudiNewsNet 2015) and on the hand-annotated sets, with the look-alikes that are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResources } from '../../node/resources.js';
import { analyzeArticle } from '../../analyze.js';
import { parseArticle } from '../../document/layout.js';
import type { Analysis } from '../../analysis.js';

const res = defaultResources();
const analyze = (text: string): Analysis => analyzeArticle(parseArticle(text, { published: '2015-07-27' }, res), res);
/** the non-negated events of a type as [trigger, actor names, recipient names] */
const coded = (a: Analysis, type: string) =>
  a.events.filter((e) => e.type === type && !e.negated).map((e) => [e.trigger.text, e.actor.map((id) => a.entities.find((x) => x.id === id)?.name ?? id), e.recipient.map((id) => a.entities.find((x) => x.id === id)?.name ?? id)] as const);
/** the sentences (indexes) with a non-negated event of a type */
const sentencesOf = (a: Analysis, type: string) => [...new Set(a.events.filter((e) => e.type === type && !e.negated).map((e) => e.sentence))].sort();

test('attack wordings: barrels dropped on a town, positions struck, battles fought, an attack answered or repelled', () => {
  assert.equal(coded(analyze('وقال إن مروحيات النظام ألقت كثيرا من البراميل المتفجرة على بلدة بقين.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('ألقت الشرطة قنابل الغاز المسيل للدموع على المحتجين.'), 'ASSAULT'), [], 'tear gas is dispersal, not an attack');
  assert.equal(coded(analyze('وكانت القوات البرية التركية ضربت مواقع لتنظيم داعش بقذائف مدفعية.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وضرب الزلزال مواقع عدة في جنوب البلاد.'), 'ASSAULT'), [], 'an earthquake');
  assert.equal(coded(analyze('وقالت كتيبة جنين إن مقاتليها يخوضون اشتباكات عنيفة مع قوات الاحتلال.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('ويخوض الحزب الانتخابات البرلمانية المقبلة بقائمة موحدة.'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('وخاض المنتخب مباراة قوية ضد نظيره الياباني.'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('وقال إن الحكومة تخوض حربا على الإرهاب منذ سنوات.'), 'ASSAULT'), [], 'a war on terrorism is a campaign');
  assert.equal(coded(analyze('وأشار إلى أن الميليشيات المسلحة خاضت حربا ضروسا مع قوات الجيش في الجنوب.'), 'ASSAULT').length, 1);
  assert.equal(coded(analyze('وردت فصائل المعارضة باستهداف مواقع لقوات النظام في ريف حلب الغربي بقذائف المدفعية.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('ورد الوزير على سؤال حول استهداف المدنيين بالقول إن التحقيق مستمر.'), 'ASSAULT'), [], 'answering a question');
  assert.equal(coded(analyze('أحبطت القوات الحكومية، مساء أمس، هجوما بطائرات مسيرة شنته ميليشيات الحوثي على ميناء الضبة.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('أحبطت الأجهزة الأمنية هجوما إرهابيا كانت خلية تخطط لتنفيذه في العاصمة.'), 'ASSAULT'), [], 'a plot foiled');
  assert.equal(coded(analyze('وجهت القوات الجوية المصرية، فجر اليوم السبت، ضربات مركزة ضد معسكرات في مدينة درنة الليبية.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('ووجهت الحكومة ضربة قوية للفساد بإقالة عشرة مسؤولين.'), 'ASSAULT'), [], 'a blow to corruption');
  assert.equal(coded(analyze('وكانت الغرفة المشتركة قد أعلنت إطلاق أكثر من 1200 صاروخ تجاه المستوطنات.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وأعلنت الوكالة إطلاق صاروخ يحمل قمرا اصطناعيا إلى الفضاء.'), 'ASSAULT'), [], 'a launch into space');
  assert.equal(coded(analyze('استشهد ثمانية مواطنين في عدوان واسع يشنه جيش الاحتلال الإسرائيلي على مدينة جنين.'), 'ASSAULT').length >= 1, true);
});

test('استشهد: the fallen are no attackers, and استشهد بآية is a citation', () => {
  const a = analyze('استشهد ثلاثة جنود سعوديين من حرس الحدود بعد تعرض مركزهم لقذائف من داخل الأراضي اليمنية.');
  assert.ok(coded(a, 'ASSAULT').length >= 1);
  assert.ok(coded(a, 'ASSAULT').every(([, actor]) => !actor.includes('السعودية')), 'the Saudi soldiers fell, Saudi Arabia did not attack');
  assert.deepEqual(coded(analyze('واستشهد الخطيب بقول الله تعالى في كتابه الكريم.'), 'ASSAULT'), []);
});

test('fighters captured are held (COERCE), not «captivated»', () => {
  assert.deepEqual(coded(analyze('أفادت مصادر قبلية بأن المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين.'), 'COERCE').length, 1);
  assert.deepEqual(coded(analyze('وأسرت الفنانة قلوب الجمهور بأدائها.'), 'COERCE'), []);
});

test('«not only» does not negate; «even if» supposes; a superlative in apposition describes an attack told; a possibility is none', () => {
  assert.equal(coded(analyze('وهذه الرصاصات الغادرة لم تقتل فقط أربعة من رجال الأمن، بل أصابت الوطن كله.'), 'ASSAULT').length, 1);
  assert.equal(coded(analyze('لم تقتل الرصاصات أحدا من المارة.'), 'ASSAULT').length, 0);
  assert.deepEqual(coded(analyze('نحن إزاء دولتين حتى وإن احتججنا على تسمية إسرائيل بذلك.'), 'PROTEST'), []);
  assert.deepEqual(coded(analyze('وقال مسؤولون إن التفجير -وهو أسوأ هجوم تشهده الكويت- كان يهدف إلى إشعال الفتنة.'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('وأضاف أن احتمالية تجدد القتال في المنطقة تتطلب اهتماما عاجلا.'), 'ASSAULT'), []);
});

test('a killing in a list of crimes, a habit told by أقدم before it, an attack on a policy and the scene of an attack are no new attacks', () => {
  assert.deepEqual(coded(analyze('بدأت المشكلات في الانفجار في صورة جرائم قتل ومخدرات واعتداءات ومخالفات لنظام الإقامة.'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('كنا نستمع إلى جرائم قتل بشعة يقدم عليها الرجل في كل مكان.'), 'ASSAULT'), []);
  assert.equal(coded(analyze('أقدم مواطن على قتل شقيقه بإطلاق النار عليه في محافظة الخرج.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وبدأ الإعلام الأمريكي بالهجوم على إدارة أوباما بسبب الاتفاق.'), 'ASSAULT'), [], 'criticism');
  assert.deepEqual(coded(analyze('وأغلقت قوات الأمن منطقة الاعتداء الانتحاري.'), 'ASSAULT'), []);
});

test('a further attack of the same side in a later sentence is its own (أيضاً، another town); a retelling is not', () => {
  // (a definite subject before the verb, القوات نفذت, points back at no attack)
  const a = analyze('وقال البيان إن الطائرات نفذت سبع ضربات جوية قرب بلدة الحسكة. وأضاف البيان أن القوات نفذت أيضاً 17 ضربة جوية قرب تسع مدن.');
  assert.deepEqual(sentencesOf(a, 'ASSAULT'), [0, 1]);
  const b = analyze('وقصفت طائرات مجهولة مخزنا للأسلحة. وقالت مصادر إن الضربة نفذت بأمر من القيادة.');
  assert.deepEqual(sentencesOf(b, 'ASSAULT'), [0], 'the same strike told again');
});

test('releases in an exchange: each side that releases (مقابل إطلاق X سراح، أفرجت بموجبها X عن)', () => {
  const a = analyze('وأفرجت السلطات الإيرانية بموجب الاتفاق عن عامل الإغاثة البلجيكي، مقابل إطلاق بلجيكا سراح الدبلوماسي الإيراني أسد الله أسدي.');
  assert.ok(coded(a, 'RETREAT').some(([t, actor]) => t === 'إطلاق' && actor.includes('بلجيكا')));
  const b = analyze('أطلقت إيران، الاثنين، سراح خمسة مواطنين أمريكيين، في صفقة تبادل أفرجت بموجبها واشنطن عن خمسة إيرانيين.');
  assert.ok(coded(b, 'RETREAT').some(([t, actor]) => t === 'أفرجت' && actor.includes('واشنطن')));
  assert.deepEqual(coded(analyze('وأعلن الجيش إطلاق النار على المسلحين.'), 'RETREAT'), []);
});

test('a withdrawal a deal provides for; a withdrawal from a deal is none', () => {
  const a = analyze('وينص الاتفاق على انسحاب القوات الأمريكية من أفغانستان خلال 14 شهرا.');
  assert.equal(coded(a, 'RETREAT').length, 1);
  assert.deepEqual(coded(analyze('وأعلن الرئيس انسحاب الولايات المتحدة من الاتفاق النووي.'), 'RETREAT'), []);
});

test('sanctions on trade, reinforced checkpoints', () => {
  assert.equal(coded(analyze('وقرر الاتحاد الأوروبي تعليق كافة المعاملات التجارية والمالية مع النيجر.'), 'SANCTION').length, 1);
  assert.equal(coded(analyze('وأكدت مصادر محلية أن قوات النظام عززت حواجزها على أطراف المحافظة.'), 'MOBILIZE').length, 1);
});

test('a crowd right after the protest verb is its subject: not the body of the clause before, nor the body it turned against', () => {
  const a = analyze('واستدعت مقديشو سفيرها لدى أديس أبابا للتشاور، فيما خرج آلاف المواطنين في مظاهرات حاشدة بالعاصمة رفضا للاتفاق.');
  assert.deepEqual(coded(a, 'PROTEST').map(([, actor]) => actor), [[]]);
  assert.deepEqual(coded(a, 'REJECT'), [], 'the marchers\' rejection is what the protest is about');
  const b = analyze('وأغلق محتجون مقار حزب البعث في عدة بلدات.');
  assert.deepEqual(coded(b, 'PROTEST').map(([, actor, rec]) => [actor, rec]), [[[], ['حزب البعث']]]);
  // (… but a crowd of a group's supporters is the group's)
  const c = analyze('ونظم المئات من أنصار حركة النهضة، الأحد، وقفة احتجاجية أمام البرلمان.');
  assert.deepEqual(coded(c, 'PROTEST').map(([, actor]) => actor), [['حركة النهضة']]);
});

test('a resignation handed in, a halt of the fighting by its sides, an aid convoy after a long subject (not an airline\'s flights)', () => {
  assert.equal(coded(analyze('وقدم رئيس الوزراء اللبناني سعد الحريري استقالته إلى رئيس الجمهورية.'), 'RETREAT').length, 1);
  const a = analyze('اندلعت اشتباكات بين اللواء 444 وجهاز الردع في طرابلس.\n\nوتوقفت الاشتباكات بعد إعلان المجلس الاجتماعي التوصل إلى اتفاق.');
  const halt = coded(a, 'RETREAT');
  assert.equal(halt.length, 1);
  assert.ok(halt[0]![1].length >= 2, 'both sides halt');
  assert.deepEqual(coded(analyze('وتوقفت المباراة بسبب الأمطار.'), 'RETREAT'), []);
  assert.equal(coded(analyze('سيّرت الهيئة الخيرية الأردنية الهاشمية، بالتعاون مع القوات المسلحة الأردنية، قافلة مساعدات جديدة تضم 30 شاحنة إلى قطاع غزة.'), 'AID').length, 1);
  assert.deepEqual(coded(analyze('وسيرت الخطوط السعودية رحلات إضافية إلى القاهرة.'), 'AID'), []);
});

test('a group fleeing into a forest, political battles, «whenever», a blood drive and the Quranic rule are no attacks', () => {
  assert.deepEqual(coded(analyze('وتابعت الصحيفة أن الجماعة الإرهابية نجحت في الفرار وتوغلت في المنطقة الغابية المحاذية.'), 'ASSAULT'), []);
  assert.equal(coded(analyze('وتوغلت قوات الاحتلال في بلدة بيت حانون شمال قطاع غزة.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وما دلالات المعارك السياسية التي اندلعت في تونس؟'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('وتتراجع قوات المعارضة كلما حققت تقدما ضد قوات النظام.'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('نظمت المديرية العامة للشؤون الصحية أمس حملة للتبرع بالدم استهدفت منسوبي إدارة الجوازات.'), 'ASSAULT'), [], 'a blood drive aimed at staff');
  assert.equal(coded(analyze('واستهدفت غارة جوية حافلة تقل الطلاب في صعدة.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وأمام هذه الأعمال الشريرة وقتل النفس التي حرم الله إلا بالحق فإن العقاب لا بد أن يكون رادعا.'), 'ASSAULT'), []);
});

test('a recall of one\'s own envoy by its noun, by whoever it pushed to it; a summons of another state\'s envoy is none; a drone is no march', () => {
  const a = analyze('وجاءت الضربات بعد هجوم نفذه الحرس الثوري الإيراني في إقليم بلوشستان، وهو ما دفع إسلام أباد إلى استدعاء سفيرها من طهران.');
  assert.deepEqual(coded(a, 'SANCTION').map(([, actor]) => actor), [['إسلام آباد']]);
  assert.equal(coded(analyze('أعلن وزير الخارجية أيمن الصفدي، اليوم الأربعاء، استدعاء سفير المملكة لدى إسرائيل فورا.'), 'SANCTION').length, 1);
  assert.deepEqual(coded(analyze('وقررت الخارجية استدعاء السفير الإيراني لإبلاغه احتجاج المملكة.'), 'SANCTION'), []);
  assert.deepEqual(coded(analyze('وجاءت الضربات بعد هجوم صاروخي وبطائرات مسيّرة نفذه الحرس الثوري الإيراني.'), 'PROTEST'), []);
  assert.equal(coded(analyze('ونفذ المعلمون مسيرة احتجاجية أمام وزارة التربية.'), 'PROTEST').length, 1);
});

test('«killing the soul» of a sermon is no act, the cells that killed are; a person stopping at a checkpoint halts no fighting', () => {
  assert.deepEqual(coded(analyze('وأمام هذه الأعمال الشريرة التي تبغي الفساد في الأرض، وقتل النفس التي حرم الله إلا بالحق، فإن العقاب لا بد أن يكون رادعا.'), 'ASSAULT'), []);
  assert.equal(coded(analyze('أرادوا نشر الفتنة الطائفية بيننا وقتلوا الأنفس التي حرم الله دماءها إلا بالحق.'), 'ASSAULT').length, 1);
  assert.deepEqual(coded(analyze('وبسبب الخوف من توسع المعارك توقفت عند نقطة التفتيش التابعة للشرطة.'), 'RETREAT'), []);
});

test('an entry\'s vetoes hold around its noun past a long subject: halting security coordination is a sanction, not a ceasefire', () => {
  const a = analyze('وأعلن الرئيس الفلسطيني محمود عباس، عقب اجتماع طارئ للقيادة في رام الله، وقف التنسيق الأمني مع إسرائيل.');
  assert.equal(coded(a, 'SANCTION').length, 1);
  assert.deepEqual(coded(a, 'CONCEDE'), []);
});

test('a force\'s fire kills (سقط … برصاص X: X is the actor, not the fallen); a side\'s own aircraft attack for it', () => {
  const a = analyze('وسقط ثلاثة جنود أتراك برصاص مسلحي حزب العمال الكردستاني.');
  assert.deepEqual(coded(a, 'ASSAULT').map(([, actor]) => actor), [['حزب العمال الكردستاني']]);
  const b = analyze('في المقابل، قال جيش الاحتلال الإسرائيلي إنه لن يسمح بإدخال الوقود إلى القطاع، فيما واصلت طائراته قصف مناطق متفرقة منه.');
  assert.deepEqual(coded(b, 'ASSAULT').map(([, actor]) => actor), [['الجيش الإسرائيلي']]);
});

test('a crowd that went out in protest, the cause far from the verb (خرج آلاف … في بغداد احتجاجاً على الفساد)', () => {
  const a = analyze('خرج آلاف العراقيين اليوم (الجمعة) في بغداد احتجاجًا على الفساد المالي والإداري ونقص الخدمات الأساسية.');
  assert.equal(coded(a, 'PROTEST').length, 1);
  assert.equal(coded(analyze('وخرج آلاف المواطنين إلى شوارع الرباط تنديدا بالاعتداء على المصلين.'), 'PROTEST').length, 1);
  assert.deepEqual(coded(analyze('وخرج آلاف المشجعين إلى الشوارع احتفالا بفوز المنتخب.'), 'PROTEST'), [], 'a celebration');
  assert.deepEqual(coded(analyze('وخرج الوزير من الاجتماع مبكرا لارتباطه بموعد آخر.'), 'PROTEST'), [], 'leaving a meeting');
});

test('a sentence that ends in a question mark asks, it tells no event (rhetorical questions, interviewers\' questions)', () => {
  assert.deepEqual(coded(analyze('وهل قرأتم عن إرهابي إيراني يقتل مواطنيه على تراب وطنه؟'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('ولماذا يقدمون على قتل أنفسهم وقتل أقاربهم واستهداف رجال الأمن؟!'), 'ASSAULT'), []);
  assert.deepEqual(coded(analyze('وتساءل النائب: «هل منعت الحكومة الصحفيين من دخول المدينة؟»'), 'COERCE'), []);
  // (the answer that tells it is an event)
  assert.equal(coded(analyze('وقتل خمسة جنود في هجوم على حاجز للجيش في العريش.'), 'ASSAULT').length, 1);
});

test('a likelihood weighed is no act: «يزيد احتمالات أن تشن إسرائيل هجوما»', () => {
  assert.deepEqual(coded(analyze('وقال كيري إن الاتفاق لا يزيد احتمالات أن تشن إسرائيل هجوما عسكريا على طهران.'), 'ASSAULT'), []);
  assert.equal(coded(analyze('وقال المتحدث إن إسرائيل شنت هجوما عسكريا على مواقع في ريف دمشق.'), 'ASSAULT').length, 1);
});
