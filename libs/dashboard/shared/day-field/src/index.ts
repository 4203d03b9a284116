export { DayField } from './lib/day-field';
export { CalendarDayAdapter, provideCalendarDays } from './lib/calendar-day-adapter';
