import { useState } from 'preact/hooks';
import { createClient } from '../client';
import { useExplorer } from '../context';
import { SignInCheckDocument } from '../generated/graphql';

/**
 * Sign in with a bearer token (a researcher then also sees restricted facts), and sign out. The
 * token is checked against the service before it is kept: a wrong one is refused with a 401.
 */
export function SignIn({ onToken }: { onToken(token: string | null): void }) {
  const { t, token } = useExplorer();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [failed, setFailed] = useState(false);

  if (token !== null) {
    return (
      <div class="sign-in">
        <span class="signed-in" role="status">
          {t('signedIn')}
        </span>{' '}
        <button type="button" onClick={() => onToken(null)}>
          {t('signOut')}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div class="sign-in">
        <button type="button" onClick={() => setOpen(true)}>
          {t('signIn')}
        </button>
      </div>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const candidate = value.trim();
    const check = await createClient(candidate).query(SignInCheckDocument, {}).toPromise();
    if (check.error) {
      setFailed(true);
      return;
    }
    setValue('');
    setOpen(false);
    onToken(candidate);
  };
  return (
    <form class="sign-in" onSubmit={submit}>
      <label for="token-input">{t('tokenLabel')}</label>
      <input
        id="token-input"
        type="password"
        autoComplete="off"
        value={value}
        onInput={(event) => setValue(event.currentTarget.value)}
        aria-describedby="token-hint"
        required
      />
      <button type="submit">{t('signIn')}</button>
      <small id="token-hint">{t('tokenHint')}</small>
      {failed && <p role="alert">{t('signInFailed')}</p>}
    </form>
  );
}
