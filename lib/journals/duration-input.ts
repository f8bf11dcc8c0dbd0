/**
 * What a worker types as a duration on the journal screens: hours ("4", "4.5", "4,5") or hours and
 * minutes ("4:30"). Answers whole minutes, or null when the text is not a duration of 1 to 1440
 * minutes. Pure, so the month grid shows the remaining allowance as the worker types and the server
 * reads the same text the same way.
 */
export function parseDurationInput(text: string): number | null {
  const value = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  let minutes: number;
  if (clock) {
    minutes = Number(clock[1]) * 60 + Number(clock[2]);
  } else {
    const hours = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(value);
    if (!hours) return null;
    minutes = Math.round(Number(`${hours[1]}.${hours[2] ?? '0'}`) * 60);
  }
  return minutes >= 1 && minutes <= 1440 ? minutes : null;
}

/** Hours and minutes of a whole number of minutes, for "7 h 30 min". */
export function hoursAndMinutes(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
