/** Hand-built entities of the seed story (../shared/corpus/seed/aleppo.txt), for tests that must not wait on the recogniser. */
import type { HandEntity } from '../discourse/hand-entities.js';

export const SEED_ENTITIES: HandEntity[] = [
  { id: 'kerry', type: 'PER', name: 'جون كيري', nameEn: 'John Kerry', forms: ['كيري'], country: 'USA', kb: 'person:john-kerry', role: 'foreign-minister' },
  { id: 'lavrov', type: 'PER', name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov', forms: ['لافروف'], country: 'RUS', kb: 'person:sergey-lavrov', role: 'foreign-minister' },
  { id: 'assad', type: 'PER', name: 'بشار الأسد', nameEn: 'Bashar al-Assad', forms: ['بشار الاسد', 'الأسد', 'الاسد'], country: 'SYR', kb: 'person:bashar-al-assad', role: 'head-of-state' },
  { id: 'putin', type: 'PER', name: 'بوتين', nameEn: 'Vladimir Putin', country: 'RUS', kb: 'person:vladimir-putin', role: 'head-of-state' },
  { id: 'usa', type: 'LOC', name: 'الولايات المتحدة', nameEn: 'United States', forms: ['الأميركي', 'الاميركي', 'الاميركية', 'الأميركية', 'اميركية'], country: 'USA', kb: 'country:USA' },
  { id: 'russia', type: 'LOC', name: 'روسيا', nameEn: 'Russia', forms: ['الروسي', 'روسية', 'موسكو'], country: 'RUS', kb: 'country:RUS' },
  { id: 'syria', type: 'LOC', name: 'سوريا', nameEn: 'Syria', forms: ['السوري', 'السورية', 'دمشق'], country: 'SYR', kb: 'country:SYR' },
  { id: 'iran', type: 'LOC', name: 'ايران', nameEn: 'Iran', forms: ['إيران'], country: 'IRN', kb: 'country:IRN' },
  { id: 'germany', type: 'LOC', name: 'ألمانيا', nameEn: 'Germany', forms: ['المانيا'], country: 'DEU', kb: 'country:DEU' },
  { id: 'france', type: 'LOC', name: 'فرنسا', nameEn: 'France', country: 'FRA', kb: 'country:FRA' },
  { id: 'canada', type: 'LOC', name: 'كندا', nameEn: 'Canada', country: 'CAN', kb: 'country:CAN' },
  { id: 'italy', type: 'LOC', name: 'ايطاليا', nameEn: 'Italy', country: 'ITA', kb: 'country:ITA' },
  { id: 'uk', type: 'LOC', name: 'بريطانيا', nameEn: 'United Kingdom', country: 'GBR', kb: 'country:GBR' },
  { id: 'hamburg', type: 'LOC', name: 'هامبورغ', nameEn: 'Hamburg', country: 'DEU', kb: 'place:hamburg', lat: 53.55, lon: 9.99 },
  { id: 'aleppo', type: 'LOC', name: 'حلب', nameEn: 'Aleppo', country: 'SYR', kb: 'place:aleppo', lat: 36.2, lon: 37.16 },
  { id: 'rome', type: 'LOC', name: 'روما', nameEn: 'Rome', country: 'ITA', kb: 'place:rome', lat: 41.9, lon: 12.5 },
  { id: 'geneva', type: 'LOC', name: 'جنيف', nameEn: 'Geneva', country: 'CHE', kb: 'place:geneva', lat: 46.2, lon: 6.15 },
  { id: 'brussels', type: 'LOC', name: 'بروكسل', nameEn: 'Brussels', country: 'BEL', kb: 'place:brussels', lat: 50.85, lon: 4.35 },
  { id: 'paris', type: 'LOC', name: 'باريس', nameEn: 'Paris', country: 'FRA', kb: 'place:paris', lat: 48.86, lon: 2.35 },
  { id: 'europe', type: 'LOC', name: 'أوروبا', nameEn: 'Europe' },
  { id: 'osce', type: 'ORG', name: 'منظمة الأمن والتعاون في أوروبا', nameEn: 'OSCE', kb: 'org:osce' },
  { id: 'nato', type: 'ORG', name: 'الحلف الاطلسي', nameEn: 'NATO', kb: 'org:nato' },
  { id: 'mayadeen', type: 'ORG', name: 'الميادين', nameEn: 'Al Mayadeen', country: 'LBN', kb: 'org:al-mayadeen' },
  { id: 'us-state', type: 'ORG', name: 'الخارجية الاميركية', nameEn: 'US State Department', country: 'USA', kb: 'org:us-state-department' },
  { id: 'syrian-army', type: 'ORG', name: 'الجيش السوري', nameEn: 'Syrian Army', country: 'SYR', kb: 'org:syrian-army' },
];

/** The seed story's time expressions with their values as of 2016-12-07 (for the hand-built layer). */
export const SEED_TIMES: Array<{ form: string; value: string | null; type?: 'date' | 'duration' | 'datetime' }> = [
  { form: 'مساء الاربعاء', value: '2016-12-07', type: 'datetime' },
  { form: 'الخميس', value: '2016-12-08' },
  { form: 'الثاني من كانون الاول/ديسمبر', value: '2016-12-02' },
  { form: 'الجمعة', value: '2016-12-02' },
  { form: 'هذا الاسبوع', value: '2016-W49' },
  { form: 'الثلاثاء', value: '2016-12-06' },
  { form: 'السنوات الثلاث الماضية', value: 'P3Y', type: 'duration' },
  { form: 'السبت', value: '2016-12-10' },
  { form: 'الأربعاء', value: '2016-12-07' },
  { form: 'الأسبوعين الماضيين', value: 'P2W', type: 'duration' },
  { form: 'سبتمبر/أيلول 2015', value: '2015-09' },
  { form: 'عام 2012', value: '2012' },
];
