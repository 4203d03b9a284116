import type { ComputedRule, LocalizedText } from '@prgauge/contracts';
import type { StoredFramework, StoredMeasure, StoredNode } from './framework.types';

const text = (ru: string, kk: string, fa: string, en: string): LocalizedText => ({ ru, kk, fa, en });

const UNIT = {
  count: text('шт.', 'дана', 'عدد', 'items'),
  perStaff: text('на сотрудника', 'қызметкерге', 'به ازای هر کارمند', 'per PR staff member'),
  percent: text('%', '%', 'درصد', '%'),
  hours: text('ч', 'сағ', 'ساعت', 'hours'),
  yesNo: text('да/нет', 'иә/жоқ', 'بله/خیر', 'yes/no'),
  points: text('баллы из 5', '5 балдан', 'امتیاز از ۵', 'points out of 5'),
  members: text('подписчиков', 'жазылушы', 'عضو', 'members'),
  personHours: text(
    'человеко-часов на сотрудника',
    'қызметкерге адам-сағат',
    'نفر-ساعت به ازای هر کارمند',
    'person-hours per PR staff member',
  ),
};

interface LeafSpec {
  key: string;
  name: LocalizedText;
  weight: number;
  measure: StoredMeasure;
  unit: LocalizedText;
  help: LocalizedText;
  source?: 'agency' | 'evaluator' | 'computed';
  evidence?: boolean;
  rule?: ComputedRule;
}

const leaf = (spec: LeafSpec): StoredNode => ({
  key: spec.key,
  name: spec.name,
  weight: spec.weight,
  measure: spec.measure,
  unit: spec.unit,
  help: spec.help,
  description: spec.help,
  source: spec.source ?? 'agency',
  evidenceRequired: spec.evidence ?? false,
  ...(spec.rule ? { rule: spec.rule } : {}),
});

const rating: StoredMeasure = { type: 'rating', max: 5 };
const ratingHelp = text(
  'Оценку ставит эксперт по итогам проверки материалов.',
  'Бағаны сарапшы материалдарды тексеру нәтижесі бойынша қояды.',
  'امتیاز را ارزیاب پس از بررسی مستندات ثبت می‌کند.',
  'An evaluator rates this after reviewing the evidence.',
);

/**
 * The seven indices a provincial directorate scores agencies' PR units on: media relations, electronic PR,
 * research, advertising and audio-visual work, publications, outsourcing and training.
 */
export function sevenIndexTemplate(): StoredFramework {
  return {
    scale: 100,
    missing: 'zero',
    indicators: [
      {
        key: 'media',
        name: text('Работа со СМИ', 'БАҚ-пен жұмыс', 'ارتباط با رسانه‌ها', 'Media relations'),
        weight: 25,
        children: [
          leaf({
            key: 'media.releases',
            name: text('Пресс-релизы', 'Баспасөз релиздері', 'خبرهای ارسالی به رسانه‌ها', 'Press releases'),
            weight: 3,
            measure: { type: 'number', per: 'prStaff' },
            unit: UNIT.perStaff,
            help: text(
              'Число пресс-релизов за период.',
              'Кезеңдегі баспасөз релиздерінің саны.',
              'تعداد خبرهای ارسالی در دوره.',
              'Press releases sent during the period.',
            ),
            evidence: true,
          }),
          leaf({
            key: 'media.briefings',
            name: text(
              'Брифинги и пресс-конференции',
              'Брифингтер мен баспасөз конференциялары',
              'نشست‌های خبری',
              'Briefings and press conferences',
            ),
            weight: 2,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Брифинги руководства для журналистов.',
              'Басшылықтың журналистерге арналған брифингтері.',
              'نشست‌های خبری مدیران با خبرنگاران.',
              'Briefings by the agency head for journalists.',
            ),
          }),
          leaf({
            key: 'media.responseHours',
            name: text(
              'Время ответа на запрос СМИ',
              'БАҚ сұрауына жауап беру уақыты',
              'زمان پاسخ به درخواست رسانه',
              'Response time to media requests',
            ),
            weight: 3,
            measure: {
              type: 'number',
              direction: 'lower',
              normalize: { method: 'goalposts', min: 1, max: 48 },
            },
            unit: UNIT.hours,
            help: text(
              'Среднее время ответа на запрос журналиста, в любое время суток.',
              'Журналист сұрауына тәуліктің кез келген уақытындағы орташа жауап беру уақыты.',
              'میانگین زمان پاسخ به درخواست خبرنگار در هر ساعت از شبانه‌روز.',
              'Average time to answer a journalist, at any hour.',
            ),
          }),
          leaf({
            key: 'media.noWrittenRequests',
            name: text(
              'Без письменных запросов',
              'Жазбаша сұраусыз',
              'بدون نیاز به درخواست کتبی',
              'No written requests required',
            ),
            weight: 1,
            measure: { type: 'boolean' },
            unit: UNIT.yesNo,
            help: text(
              'Журналистам не нужно подавать письменный запрос, чтобы получить комментарий.',
              'Журналистерге пікір алу үшін жазбаша сұрау берудің қажеті жоқ.',
              'خبرنگاران برای دریافت پاسخ نیازی به درخواست کتبی ندارند.',
              'Journalists get answers without filing a written request.',
            ),
          }),
          leaf({
            key: 'media.quality',
            name: text(
              'Качество работы со СМИ',
              'БАҚ-пен жұмыс сапасы',
              'کیفیت ارتباط با رسانه‌ها',
              'Quality of media work',
            ),
            weight: 2,
            measure: rating,
            unit: UNIT.points,
            help: ratingHelp,
            source: 'evaluator',
          }),
        ],
      },
      {
        key: 'digital',
        name: text('Электронный PR', 'Электрондық PR', 'روابط عمومی الکترونیک', 'Electronic PR'),
        weight: 20,
        children: [
          leaf({
            key: 'digital.siteUpdated',
            name: text(
              'Сайт обновляется еженедельно',
              'Сайт апта сайын жаңартылады',
              'به‌روزرسانی هفتگی وب‌سایت',
              'Web site updated weekly',
            ),
            weight: 2,
            measure: { type: 'boolean' },
            unit: UNIT.yesNo,
            help: text(
              'На официальном сайте есть новости каждую неделю периода.',
              'Ресми сайтта кезеңнің әр аптасында жаңалық бар.',
              'وب‌سایت رسمی در هر هفته از دوره خبر دارد.',
              'The official site has news in every week of the period.',
            ),
          }),
          leaf({
            key: 'digital.channelMembers',
            name: text(
              'Подписчики канала в Telegram',
              'Telegram арнасының жазылушылары',
              'اعضای کانال تلگرام',
              'Telegram channel members',
            ),
            weight: 3,
            measure: { type: 'number', normalize: { method: 'rank' } },
            unit: UNIT.members,
            help: text(
              'Число подписчиков на конец периода.',
              'Кезең соңындағы жазылушылар саны.',
              'تعداد اعضا در پایان دوره.',
              'Members at the end of the period.',
            ),
            evidence: true,
          }),
          leaf({
            key: 'digital.commentsAnswered',
            name: text(
              'Ответы на комментарии граждан',
              'Азаматтардың пікірлеріне жауаптар',
              'پاسخ به نظرات شهروندان',
              "Citizens' comments answered",
            ),
            weight: 3,
            measure: { type: 'percent' },
            unit: UNIT.percent,
            help: text(
              'Доля комментариев и обращений в соцсетях, получивших ответ.',
              'Әлеуметтік желідегі жауап алған пікірлер мен өтініштердің үлесі.',
              'درصد نظرات و پیام‌هایی که پاسخ گرفته‌اند.',
              'Share of social-media comments and messages that got an answer.',
            ),
          }),
          leaf({
            key: 'digital.liveStreams',
            name: text(
              'Прямые эфиры с объектов',
              'Нысандардан тікелей эфирлер',
              'پخش زنده از محل کار',
              'Live broadcasts from sites',
            ),
            weight: 1,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Например, трансляции с мест ремонтных работ.',
              'Мысалы, жөндеу жұмыстары жүріп жатқан жерлерден трансляциялар.',
              'برای نمونه پخش زنده از محل تعمیرات.',
              'For example, broadcasts from repair sites.',
            ),
          }),
        ],
      },
      {
        key: 'research',
        name: text('Исследования', 'Зерттеулер', 'پژوهش و مطالعات', 'Research and studies'),
        weight: 15,
        children: [
          leaf({
            key: 'research.polls',
            name: text(
              'Опросы общественного мнения',
              'Қоғамдық пікір сауалнамалары',
              'نظرسنجی‌ها',
              'Opinion polls',
            ),
            weight: 2,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Проведённые или заказанные опросы.',
              'Өткізілген немесе тапсырыс берілген сауалнамалар.',
              'نظرسنجی‌های انجام‌شده یا سفارش‌داده‌شده.',
              'Polls run or commissioned.',
            ),
            evidence: true,
          }),
          leaf({
            key: 'research.mediaMonitoring',
            name: text('Мониторинг СМИ', 'БАҚ мониторингі', 'پایش رسانه‌ها', 'Media monitoring'),
            weight: 1,
            measure: { type: 'boolean' },
            unit: UNIT.yesNo,
            help: text(
              'Регулярный анализ публикаций о ведомстве.',
              'Ведомство туралы жарияланымдарды тұрақты талдау.',
              'تحلیل منظم مطالب منتشرشده درباره دستگاه.',
              'Regular analysis of coverage about the agency.',
            ),
          }),
          leaf({
            key: 'research.useOfFindings',
            name: text(
              'Использование выводов',
              'Қорытындыларды пайдалану',
              'به‌کارگیری یافته‌ها',
              'Use of findings',
            ),
            weight: 2,
            measure: rating,
            unit: UNIT.points,
            help: ratingHelp,
            source: 'evaluator',
          }),
        ],
      },
      {
        key: 'advertising',
        name: text(
          'Реклама, выставки и видео',
          'Жарнама, көрмелер және бейне',
          'تبلیغات، نمایشگاه و تولیدات دیداری-شنیداری',
          'Advertising, exhibitions and audio-visual',
        ),
        weight: 10,
        children: [
          leaf({
            key: 'advertising.campaigns',
            name: text(
              'Информационные кампании',
              'Ақпараттық науқандар',
              'کارزارهای اطلاع‌رسانی',
              'Information campaigns',
            ),
            weight: 2,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Социальная реклама и кампании.',
              'Әлеуметтік жарнама мен науқандар.',
              'تبلیغات اجتماعی و کارزارها.',
              'Public-service advertising and campaigns.',
            ),
          }),
          leaf({
            key: 'advertising.exhibitions',
            name: text(
              'Участие в выставках',
              'Көрмелерге қатысу',
              'حضور در نمایشگاه‌ها',
              'Exhibitions attended',
            ),
            weight: 1,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Выставки, где ведомство представило свою работу.',
              'Ведомство өз жұмысын таныстырған көрмелер.',
              'نمایشگاه‌هایی که دستگاه در آن حضور داشته است.',
              'Exhibitions where the agency presented its work.',
            ),
          }),
          leaf({
            key: 'advertising.films',
            name: text(
              'Видеосюжеты о сотрудниках',
              'Қызметкерлер туралы бейнесюжеттер',
              'فیلم درباره کارکنان',
              'Films showing staff',
            ),
            weight: 2,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Фильмы, показывающие людей ведомства с человеческим лицом.',
              'Ведомство адамдарын адами қырынан көрсететін фильмдер.',
              'فیلم‌هایی که چهره انسانی کارکنان را نشان می‌دهد.',
              "Films that show the agency's people with a human face.",
            ),
            evidence: true,
          }),
        ],
      },
      {
        key: 'publications',
        name: text('Издания', 'Басылымдар', 'انتشارات', 'Publications'),
        weight: 10,
        children: [
          leaf({
            key: 'publications.issues',
            name: text('Выпуски изданий', 'Басылым шығарылымдары', 'شماره‌های نشریه', 'Issues published'),
            weight: 2,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Бюллетени, журналы, буклеты.',
              'Бюллетеньдер, журналдар, буклеттер.',
              'خبرنامه، مجله و بروشور.',
              'Bulletins, magazines and booklets.',
            ),
          }),
          leaf({
            key: 'publications.internalChannel',
            name: text(
              'Внутренний канал для сотрудников',
              'Қызметкерлерге арналған ішкі арна',
              'کانال داخلی کارکنان',
              'Internal channel for staff',
            ),
            weight: 1,
            measure: { type: 'boolean' },
            unit: UNIT.yesNo,
            help: text(
              'Работает ли внутренний канал коммуникации.',
              'Ішкі коммуникация арнасы жұмыс істей ме.',
              'آیا کانال ارتباط درون‌سازمانی فعال است.',
              'Whether an internal communication channel runs.',
            ),
          }),
          leaf({
            key: 'publications.quality',
            name: text('Качество изданий', 'Басылымдар сапасы', 'کیفیت انتشارات', 'Quality of publications'),
            weight: 1,
            measure: rating,
            unit: UNIT.points,
            help: ratingHelp,
            source: 'evaluator',
          }),
        ],
      },
      {
        key: 'outsourcing',
        name: text(
          'Передача PR-работ частному сектору',
          'PR жұмыстарын жеке секторға беру',
          'واگذاری امور روابط عمومی به بخش خصوصی',
          'Outsourcing PR work',
        ),
        weight: 10,
        children: [
          leaf({
            key: 'outsourcing.share',
            name: text(
              'Доля работ по договорам',
              'Шарт бойынша жұмыстар үлесі',
              'سهم کارهای واگذارشده',
              'Share of work contracted out',
            ),
            weight: 2,
            measure: { type: 'percent', normalize: { method: 'goalposts', min: 0, max: 50 } },
            unit: UNIT.percent,
            help: text(
              'Доля PR-бюджета, переданная подрядчикам.',
              'Мердігерлерге берілген PR бюджетінің үлесі.',
              'سهم بودجه روابط عمومی که به پیمانکاران واگذار شده است.',
              'Share of the PR budget spent through contractors.',
            ),
            evidence: true,
          }),
          leaf({
            key: 'outsourcing.contracts',
            name: text(
              'Договоры с агентствами',
              'Агенттіктермен шарттар',
              'قرارداد با شرکت‌ها',
              'Contracts with agencies',
            ),
            weight: 1,
            measure: { type: 'number' },
            unit: UNIT.count,
            help: text(
              'Действующие договоры на PR-услуги.',
              'PR қызметтеріне қолданыстағы шарттар.',
              'قراردادهای فعال خدمات روابط عمومی.',
              'Active contracts for PR services.',
            ),
          }),
        ],
      },
      {
        key: 'training',
        name: text('Обучение', 'Оқыту', 'آموزش', 'Training'),
        weight: 10,
        children: [
          leaf({
            key: 'training.personHours',
            name: text(
              'Человеко-часы обучения',
              'Оқытудың адам-сағаттары',
              'نفر-ساعت آموزش',
              'Training person-hours',
            ),
            weight: 3,
            measure: { type: 'number', per: 'prStaff', normalize: { method: 'goalposts', min: 0, max: 40 } },
            unit: UNIT.personHours,
            help: text(
              'Считается по журналам посещаемости обучающих мероприятий.',
              'Оқыту іс-шараларының қатысу журналдары бойынша есептеледі.',
              'از فهرست حضور دوره‌های آموزشی محاسبه می‌شود.',
              'Computed from the attendance registers of training events.',
            ),
            source: 'computed',
            rule: { training: {} },
          }),
          leaf({
            key: 'training.staffTrained',
            name: text(
              'Доля обученных сотрудников',
              'Оқытылған қызметкерлер үлесі',
              'درصد کارکنان آموزش‌دیده',
              'Share of PR staff trained',
            ),
            weight: 2,
            measure: { type: 'percent' },
            unit: UNIT.percent,
            help: text(
              'Сотрудники пресс-службы, прошедшие хотя бы одно обучение.',
              'Кем дегенде бір оқудан өткен баспасөз қызметі қызметкерлері.',
              'کارکنان روابط عمومی که دست‌کم یک دوره آموزشی گذرانده‌اند.',
              'PR staff who attended at least one training.',
            ),
          }),
        ],
      },
    ],
  };
}
