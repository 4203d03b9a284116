import type { FrameworkDocumentNode } from '@prgauge/contracts';
import { text, UNIT, leaf, rating, ratingHelp } from './framework-template-parts';

/** Advertising and audio-visual work, publications, outsourcing and training: what an agency produces and learns. */
export function advertisingIndex(): FrameworkDocumentNode {
  return {
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
        name: text('Участие в выставках', 'Көрмелерге қатысу', 'حضور در نمایشگاه‌ها', 'Exhibitions attended'),
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
  };
}

export function publicationsIndex(): FrameworkDocumentNode {
  return {
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
  };
}

export function outsourcingIndex(): FrameworkDocumentNode {
  return {
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
  };
}

export function trainingIndex(): FrameworkDocumentNode {
  return {
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
  };
}
