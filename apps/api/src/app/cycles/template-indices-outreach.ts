import type { FrameworkDocumentNode } from '@prgauge/contracts';
import { text, UNIT, leaf, rating, ratingHelp } from './framework-template-parts';

/** Media relations, electronic PR and research: how an agency reaches and listens to the public. */
export function mediaIndex(): FrameworkDocumentNode {
  return {
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
  };
}

export function digitalIndex(): FrameworkDocumentNode {
  return {
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
  };
}

export function researchIndex(): FrameworkDocumentNode {
  return {
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
  };
}
