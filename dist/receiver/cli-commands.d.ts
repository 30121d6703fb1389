export interface CommandInput {
    command: 'verify' | 'purge' | 'erase' | 'migrate';
    dir: string | null;
    postgres: string | undefined;
    holdDays?: string;
    consentId?: string;
    subject?: string;
    waitSeconds: string;
}
export type Fail = (message: string, code: number) => never;
export declare function runCommand(input: CommandInput, fail: Fail): Promise<never>;
