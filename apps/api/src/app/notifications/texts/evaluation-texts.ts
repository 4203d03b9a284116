import type { TextsOfKinds } from './kind-texts';

/** The evaluation cycle's notifications (issue 19, item 1). */
export const EVALUATION_TEXTS: TextsOfKinds = {
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
};
