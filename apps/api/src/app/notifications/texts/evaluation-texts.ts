import type { LocalizedText } from '@prgauge/contracts';
import type { TextsOfKinds } from './kind-texts';

/** What a returned submission's comment on the submission itself (no indicator) names as its field. */
export const WHOLE_SUBMISSION: LocalizedText = {
  en: 'The submission as a whole',
  ru: 'Отчёт в целом',
  kk: 'Есеп тұтастай',
  fa: 'کل گزارش',
};

/**
 * The evaluation cycle's notifications (issue 19, item 1). Params: `cycle` (its name), `agency` (a name in several
 * languages), `deadline` and `due` (`{ instant }`), `days` (7, 3 or 1), `count`, `reviewer`, and `items`.
 */
export const EVALUATION_TEXTS: TextsOfKinds = {
  'cycle.opened': {
    en: {
      title: 'The cycle "{cycle}" is open',
      body: ["Fill in and submit your agency's submission by {deadline}."],
      action: 'Open the submission',
    },
    ru: {
      title: 'Открыт цикл «{cycle}»',
      body: ['Заполните и отправьте отчёт ведомства до {deadline}.'],
      action: 'Открыть отчёт',
    },
    kk: {
      title: '«{cycle}» циклі ашылды',
      body: ['Ведомствоңыздың есебін {deadline} дейін толтырып, жіберіңіз.'],
      action: 'Есепті ашу',
    },
    fa: {
      title: 'دورهٔ «{cycle}» آغاز شد',
      body: ['لطفاً گزارش دستگاه خود را تا {deadline} تکمیل و ارسال کنید.'],
      action: 'باز کردن گزارش',
    },
  },
  'deadline.reminder': {
    en: {
      title: 'Days left to the submission deadline: {days}',
      body: [
        'The submission of {agency} for the cycle "{cycle}" has not been sent yet. Deadline: {deadline}.',
      ],
      action: 'Open the submission',
    },
    ru: {
      title: 'До срока сдачи отчёта осталось дней: {days}',
      body: ['Отчёт {agency} за цикл «{cycle}» ещё не отправлен. Срок: {deadline}.'],
      action: 'Открыть отчёт',
    },
    kk: {
      title: 'Есеп тапсыру мерзіміне дейін қалған күн: {days}',
      body: ['{agency} есебі «{cycle}» циклі бойынша әлі жіберілмеген. Мерзімі: {deadline}.'],
      action: 'Есепті ашу',
    },
    fa: {
      title: 'روزهای باقی‌مانده تا مهلت ارسال گزارش: {days}',
      body: ['گزارش {agency} برای دورهٔ «{cycle}» هنوز ارسال نشده است. مهلت: {deadline}.'],
      action: 'باز کردن گزارش',
    },
  },
  'deadline.overdue': {
    en: {
      title: 'The submission deadline of the cycle "{cycle}" has passed',
      body: ['The submission of {agency} was due by {deadline}. Ask the director for an extension.'],
      action: 'Open the submission',
    },
    ru: {
      title: 'Срок сдачи отчёта за цикл «{cycle}» истёк',
      body: ['Отчёт {agency} нужно было отправить до {deadline}. Попросите директора продлить срок.'],
      action: 'Открыть отчёт',
    },
    kk: {
      title: '«{cycle}» циклі бойынша есеп тапсыру мерзімі өтті',
      body: ['{agency} есебі {deadline} дейін жіберілуі тиіс еді. Мерзімді ұзартуды директордан сұраңыз.'],
      action: 'Есепті ашу',
    },
    fa: {
      title: 'مهلت ارسال گزارش دورهٔ «{cycle}» به پایان رسید',
      body: ['گزارش {agency} می‌بایست تا {deadline} ارسال می‌شد. برای تمدید مهلت از مدیر درخواست کنید.'],
      action: 'باز کردن گزارش',
    },
  },
  'deadline.digest': {
    en: {
      title: '"{cycle}": agencies yet to submit: {count}',
      body: ['Deadline: {deadline}. These agencies have not sent their submission yet:'],
      item: '{agency}, due by {due}',
      action: 'Open the completeness overview',
    },
    ru: {
      title: '«{cycle}»: ведомств, не сдавших отчёт: {count}',
      body: ['Срок: {deadline}. Ещё не отправили отчёт:'],
      item: '{agency} — срок до {due}',
      action: 'Открыть сводку',
    },
    kk: {
      title: '«{cycle}»: есебін әлі жібермеген ведомстволар: {count}',
      body: ['Мерзімі: {deadline}. Мына ведомстволар есебін әлі жібермеді:'],
      item: '{agency} — мерзімі {due}',
      action: 'Жиынтықты ашу',
    },
    fa: {
      title: '«{cycle}»: دستگاه‌هایی که هنوز گزارش نداده‌اند: {count}',
      body: ['مهلت: {deadline}. این دستگاه‌ها هنوز گزارش خود را ارسال نکرده‌اند:'],
      item: '{agency} — مهلت تا {due}',
      action: 'مشاهدهٔ وضعیت گزارش‌ها',
    },
  },
  'submission.returned': {
    en: {
      title: 'Submission of {agency} returned for changes',
      body: ['{reviewer} returned the submission for the cycle "{cycle}" with these comments:'],
      item: '{field}: {text}',
      action: 'Open the submission',
    },
    ru: {
      title: 'Отчёт {agency} возвращён на доработку',
      body: ['{reviewer} вернул(а) отчёт за цикл «{cycle}» с замечаниями:'],
      item: '{field}: {text}',
      action: 'Открыть отчёт',
    },
    kk: {
      title: '{agency} есебі пысықтауға қайтарылды',
      body: ['{reviewer} «{cycle}» циклі бойынша есепті мына ескертулермен қайтарды:'],
      item: '{field}: {text}',
      action: 'Есепті ашу',
    },
    fa: {
      title: 'گزارش {agency} برای اصلاح بازگردانده شد',
      body: ['{reviewer} گزارش دورهٔ «{cycle}» را با این یادداشت‌ها بازگرداند:'],
      item: '{field}: {text}',
      action: 'باز کردن گزارش',
    },
  },
  'submission.resubmitted': {
    en: {
      title: '{agency} sent its submission again',
      body: ['The submission for the cycle "{cycle}" is back for review after changes.'],
      action: 'Review the submission',
    },
    ru: {
      title: '{agency}: отчёт отправлен повторно',
      body: ['Отчёт за цикл «{cycle}» после доработки снова ждёт проверки.'],
      action: 'Проверить отчёт',
    },
    kk: {
      title: '{agency} есебін қайта жіберді',
      body: ['«{cycle}» циклі бойынша есеп пысықталып, қайта тексеруге келді.'],
      action: 'Есепті тексеру',
    },
    fa: {
      title: '{agency} گزارش را دوباره ارسال کرد',
      body: ['گزارش دورهٔ «{cycle}» پس از اصلاح دوباره برای بررسی رسیده است.'],
      action: 'بررسی گزارش',
    },
  },
  'submission.approved': {
    en: {
      title: 'Submission of {agency} approved',
      body: ['The submission for the cycle "{cycle}" has been approved.'],
      action: 'Open the submission',
    },
    ru: {
      title: 'Отчёт {agency} утверждён',
      body: ['Отчёт за цикл «{cycle}» утверждён.'],
      action: 'Открыть отчёт',
    },
    kk: {
      title: '{agency} есебі бекітілді',
      body: ['«{cycle}» циклі бойынша есеп бекітілді.'],
      action: 'Есепті ашу',
    },
    fa: {
      title: 'گزارش {agency} تأیید شد',
      body: ['گزارش دورهٔ «{cycle}» تأیید شد.'],
      action: 'باز کردن گزارش',
    },
  },
  'deadline.extended': {
    en: {
      title: 'Deadline extended for {agency}',
      body: ['The submission for the cycle "{cycle}" can now be edited until {deadline}.'],
      action: 'Open the submission',
    },
    ru: {
      title: 'Срок для {agency} продлён',
      body: ['Отчёт за цикл «{cycle}» теперь можно редактировать до {deadline}.'],
      action: 'Открыть отчёт',
    },
    kk: {
      title: '{agency} үшін мерзім ұзартылды',
      body: ['«{cycle}» циклі бойынша есепті енді {deadline} дейін өңдеуге болады.'],
      action: 'Есепті ашу',
    },
    fa: {
      title: 'مهلت {agency} تمدید شد',
      body: ['گزارش دورهٔ «{cycle}» را اکنون می‌توان تا {deadline} ویرایش کرد.'],
      action: 'باز کردن گزارش',
    },
  },
  'results.published': {
    en: {
      title: 'Results of "{cycle}" published',
      body: ['The evaluation results of the cycle "{cycle}" are now public.'],
      action: 'Open the results',
    },
    ru: {
      title: 'Опубликованы результаты цикла «{cycle}»',
      body: ['Результаты оценки за цикл «{cycle}» опубликованы.'],
      action: 'Открыть результаты',
    },
    kk: {
      title: '«{cycle}» циклінің нәтижелері жарияланды',
      body: ['«{cycle}» циклі бойынша бағалау нәтижелері жарияланды.'],
      action: 'Нәтижелерді ашу',
    },
    fa: {
      title: 'نتایج دورهٔ «{cycle}» منتشر شد',
      body: ['نتایج ارزیابی دورهٔ «{cycle}» منتشر شده است.'],
      action: 'مشاهدهٔ نتایج',
    },
  },
};
