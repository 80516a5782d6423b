export async function runCheck(_args: string[], _lang: 'fr' | 'en'): Promise<number> {
  process.stderr.write('codegouv check: not implemented yet\n');
  return 2;
}
