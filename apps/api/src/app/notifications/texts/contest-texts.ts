import type { LocalizedText } from '@prgauge/contracts';
import type { TextsOfKinds } from './kind-texts';

/** How a screening decision reads in a notification's title (`{outcome}`), by decision. */
export const SCREENING_OUTCOMES: Record<'accepted' | 'rejected', LocalizedText> = {
  accepted: {
    en: 'admitted to the contest',
    ru: 'допущена к конкурсу',
    kk: 'байқауға жіберілді',
    fa: 'به جشنواره راه یافت',
  },
  rejected: {
    en: 'not admitted to the contest',
    ru: 'не допущена к конкурсу',
    kk: 'байқауға жіберілмеді',
    fa: 'به جشنواره راه نیافت',
  },
};

/** How an organiser's decision on a registration to vote reads (`{outcome}`), by decision. */
export const VOTER_OUTCOMES: Record<'verified' | 'rejected', LocalizedText> = {
  verified: { en: 'confirmed', ru: 'подтверждена', kk: 'расталды', fa: 'تأیید شد' },
  rejected: { en: 'refused', ru: 'отклонена', kk: 'қабылданбады', fa: 'رد شد' },
};

/**
 * Contests' notifications (issue 19, item 1). Params: `contest` (its title), `reference` and `project` (an
 * application's), `outcome` (one of the outcomes above), `judgingEnd` and `votingEnd` (instants); items list
 * a juror's nominations (`nomination`, `assigned`, `scored`) or a decision's reason (`reason`).
 */
export const CONTEST_TEXTS: TextsOfKinds = {
  'contest.application_received': {
    en: {
      title: 'Application {reference} received: {contest}',
      body: [
        'Your application "{project}" to the contest "{contest}" has been received. Its reference number is {reference}.',
        'The link below is your private link to the application: follow its screening and results there, and edit it while applications are open. Keep this email and do not share the link.',
      ],
      action: 'Open my application',
    },
    ru: {
      title: 'Заявка {reference} принята: {contest}',
      body: [
        'Ваша заявка «{project}» на конкурс «{contest}» получена. Её регистрационный номер — {reference}.',
        'Ссылка ниже — ваша личная ссылка на заявку: по ней видны отбор и итоги, а пока идёт приём заявок, заявку можно изменить. Сохраните это письмо и никому не передавайте ссылку.',
      ],
      action: 'Открыть мою заявку',
    },
    kk: {
      title: '{reference} өтінімі қабылданды: {contest}',
      body: [
        '«{contest}» байқауына «{project}» өтініміңіз келіп түсті. Оның тіркеу нөмірі — {reference}.',
        'Төмендегі сілтеме — өтініміңізге арналған жеке сілтеме: онда іріктеу мен қорытындыны көре аласыз, ал өтінімдер қабылданып жатқанда өтінімді өзгерте аласыз. Бұл хатты сақтап қойыңыз, сілтемені ешкімге бермеңіз.',
      ],
      action: 'Өтінімімді ашу',
    },
    fa: {
      title: 'درخواست {reference} دریافت شد: {contest}',
      body: [
        'درخواست شما با عنوان «{project}» برای جشنوارهٔ «{contest}» دریافت شد. شمارهٔ پیگیری آن {reference} است.',
        'پیوند زیر پیوند خصوصی شما به این درخواست است: بررسی و نتایج را از آنجا دنبال کنید و تا زمانی که دریافت درخواست‌ها باز است، آن را ویرایش کنید. این نامه را نگه دارید و پیوند را به کسی ندهید.',
      ],
      action: 'باز کردن درخواست من',
    },
  },
  'contest.screened': {
    en: {
      title: 'Application {reference} {outcome}',
      body: ['The organisers of the contest "{contest}" have screened the application "{project}".'],
      item: 'Reason: {reason}',
      action: 'Open the contest',
    },
    ru: {
      title: 'Заявка {reference} {outcome}',
      body: ['Организаторы конкурса «{contest}» рассмотрели заявку «{project}».'],
      item: 'Причина: {reason}',
      action: 'Открыть конкурс',
    },
    kk: {
      title: '{reference} өтінімі {outcome}',
      body: ['«{contest}» байқауын ұйымдастырушылар «{project}» өтінімін қарады.'],
      item: 'Себебі: {reason}',
      action: 'Байқауды ашу',
    },
    fa: {
      title: 'درخواست {reference} {outcome}',
      body: ['برگزارکنندگان جشنوارهٔ «{contest}» درخواست «{project}» را بررسی کردند.'],
      item: 'دلیل: {reason}',
      action: 'باز کردن جشنواره',
    },
  },
  'contest.judging_open': {
    en: {
      title: 'Judging has opened: {contest}',
      body: ['You are a juror of these nominations. Please score every application by {judgingEnd}.'],
      item: '{nomination}: {assigned} applications to score',
      action: 'Open my score sheets',
    },
    ru: {
      title: 'Началось судейство: {contest}',
      body: ['Вы член жюри в этих номинациях. Оцените все заявки до {judgingEnd}.'],
      item: '{nomination}: заявок к оценке — {assigned}',
      action: 'Открыть оценочные листы',
    },
    kk: {
      title: 'Бағалау басталды: {contest}',
      body: [
        'Сіз осы номинациялардың қазылар алқасының мүшесісіз. Барлық өтінімді {judgingEnd} дейін бағалаңыз.',
      ],
      item: '{nomination}: бағаланатын өтінімдер — {assigned}',
      action: 'Бағалау парақтарын ашу',
    },
    fa: {
      title: 'داوری آغاز شد: {contest}',
      body: ['شما داور این بخش‌ها هستید. لطفاً همهٔ درخواست‌ها را تا {judgingEnd} ارزیابی کنید.'],
      item: '{nomination}: {assigned} درخواست برای ارزیابی',
      action: 'باز کردن برگه‌های امتیاز من',
    },
  },
  'contest.judging_reminder': {
    en: {
      title: 'Judging of "{contest}" ends on {judgingEnd}',
      body: ['Some of your score sheets are not finished yet:'],
      item: '{nomination}: {scored} of {assigned} scored',
      action: 'Open my score sheets',
    },
    ru: {
      title: 'Судейство конкурса «{contest}» заканчивается {judgingEnd}',
      body: ['Не все ваши оценочные листы заполнены:'],
      item: '{nomination}: оценено {scored} из {assigned}',
      action: 'Открыть оценочные листы',
    },
    kk: {
      title: '«{contest}» байқауын бағалау {judgingEnd} аяқталады',
      body: ['Бағалау парақтарыңыздың бәрі әлі толтырылған жоқ:'],
      item: '{nomination}: {assigned} өтінімнің {scored} бағаланды',
      action: 'Бағалау парақтарын ашу',
    },
    fa: {
      title: 'داوری «{contest}» در {judgingEnd} به پایان می‌رسد',
      body: ['برخی از برگه‌های امتیاز شما هنوز کامل نشده‌اند:'],
      item: '{nomination}: {scored} از {assigned} ارزیابی شده',
      action: 'باز کردن برگه‌های امتیاز من',
    },
  },
  'contest.voter_decided': {
    en: {
      title: 'Your registration to vote in "{contest}" is {outcome}',
      body: ['The organisers of the contest have checked your registration.'],
      item: 'Reason: {reason}',
      action: 'Open the contest',
    },
    ru: {
      title: 'Ваша регистрация для голосования в конкурсе «{contest}» {outcome}',
      body: ['Организаторы конкурса проверили вашу регистрацию.'],
      item: 'Причина: {reason}',
      action: 'Открыть конкурс',
    },
    kk: {
      title: '«{contest}» байқауында дауыс беру үшін тіркелуіңіз {outcome}',
      body: ['Байқауды ұйымдастырушылар тіркелуіңізді тексерді.'],
      item: 'Себебі: {reason}',
      action: 'Байқауды ашу',
    },
    fa: {
      title: 'ثبت‌نام شما برای رأی‌دادن در «{contest}» {outcome}',
      body: ['برگزارکنندگان جشنواره ثبت‌نام شما را بررسی کردند.'],
      item: 'دلیل: {reason}',
      action: 'باز کردن جشنواره',
    },
  },
  'contest.voting_open': {
    en: {
      title: 'Voting is open: {contest}',
      body: ['You can cast your votes until {votingEnd}.'],
      action: 'Vote',
    },
    ru: {
      title: 'Открыто голосование: {contest}',
      body: ['Проголосовать можно до {votingEnd}.'],
      action: 'Голосовать',
    },
    kk: {
      title: 'Дауыс беру басталды: {contest}',
      body: ['Дауысыңызды {votingEnd} дейін бере аласыз.'],
      action: 'Дауыс беру',
    },
    fa: {
      title: 'رأی‌گیری آغاز شد: {contest}',
      body: ['تا {votingEnd} می‌توانید رأی دهید.'],
      action: 'رأی دادن',
    },
  },
  'contest.voting_closing': {
    en: {
      title: 'Voting in "{contest}" closes on {votingEnd}',
      body: ['If you have not voted in every nomination yet, there is still time.'],
      action: 'Vote',
    },
    ru: {
      title: 'Голосование в конкурсе «{contest}» закрывается {votingEnd}',
      body: ['Если вы ещё проголосовали не во всех номинациях, время ещё есть.'],
      action: 'Голосовать',
    },
    kk: {
      title: '«{contest}» байқауындағы дауыс беру {votingEnd} жабылады',
      body: ['Барлық номинацияда әлі дауыс бермеген болсаңыз, әлі де уақыт бар.'],
      action: 'Дауыс беру',
    },
    fa: {
      title: 'رأی‌گیری «{contest}» در {votingEnd} بسته می‌شود',
      body: ['اگر هنوز در همهٔ بخش‌ها رأی نداده‌اید، هنوز فرصت دارید.'],
      action: 'رأی دادن',
    },
  },
  'contest.results_published': {
    en: {
      title: 'Results of "{contest}" are published',
      body: ['The winners of every nomination are on the contest page.'],
      action: 'See the results',
    },
    ru: {
      title: 'Итоги конкурса «{contest}» опубликованы',
      body: ['Победители всех номинаций — на странице конкурса.'],
      action: 'Смотреть итоги',
    },
    kk: {
      title: '«{contest}» байқауының қорытындысы жарияланды',
      body: ['Барлық номинация жеңімпаздары байқау бетінде.'],
      action: 'Қорытындыны көру',
    },
    fa: {
      title: 'نتایج «{contest}» منتشر شد',
      body: ['برندگان همهٔ بخش‌ها در صفحهٔ جشنواره آمده‌اند.'],
      action: 'دیدن نتایج',
    },
  },
};
