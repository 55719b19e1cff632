export function printProjectTimes(report: { testResults?: { name: string; startTime: number; endTime: number }[] }): void;
