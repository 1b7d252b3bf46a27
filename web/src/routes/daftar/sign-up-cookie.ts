// The contact a sign-up code went to, between step 1 (/daftar) and step 2 (/daftar/kode).
export const SIGN_UP_COOKIE = 'pendaftaran';
