import { describe, expect, it } from 'vitest';
import { classifySmtpError } from '../../src/deliver/classifySmtpError.js';

const where = 'mail.example.com:587';

describe('classifySmtpError', () => {
  it('4xx, 503, 421 and dropped connections are temporary', () => {
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 451, response: '451 4.7.1 Greylisted', permanent: false }, where)).toMatchObject({ kind: 'temporary', connection: false, message: '451 4.7.1 Greylisted' });
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 503, response: '503 Bad sequence' }, where).kind).toBe('temporary');
    expect(classifySmtpError({ code: 'ECONNECTION', responseCode: 421, response: '421 Too busy' }, where)).toMatchObject({ kind: 'temporary', connection: true });
    expect(classifySmtpError({ code: 'ECONNECTION', message: 'Connection closed unexpectedly' }, where)).toMatchObject({ kind: 'temporary', connection: true });
    expect(classifySmtpError({ code: 'ETIMEDOUT', message: 'Timeout' }, where)).toMatchObject({ kind: 'temporary', connection: true, message: 'cannot talk to mail.example.com:587: timed out' });
    expect(classifySmtpError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:587' }, where).message).toMatch(/nothing listens there/);
  });

  it('other 5xx are permanent for the recipient', () => {
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user', command: 'RCPT TO', permanent: true }, where)).toMatchObject({ kind: 'permanent', message: '550 5.1.1 No such user' });
    expect(classifySmtpError({ code: 'EMESSAGE', responseCode: 552, response: '552 Too big', command: 'DATA' }, where).kind).toBe('permanent');
  });

  it('login, TLS, certificate and sender problems are fatal, with what to fix', () => {
    expect(classifySmtpError({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 Bad credentials' }, where)).toMatchObject({ kind: 'fatal', message: expect.stringMatching(/refused the login.*SMTP_PASSWORD/) });
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 530, response: '530 Authentication required', command: 'MAIL FROM' }, where).message).toMatch(/requires authentication/);
    expect(classifySmtpError({ code: 'ETLS', command: 'STARTTLS', response: '502 Not implemented', message: 'Error upgrading connection with STARTTLS' }, where).message).toMatch(/does not offer STARTTLS/);
    expect(classifySmtpError({ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' }, where).message).toMatch(/not trusted.*SMTP_TLS_CA/);
    expect(classifySmtpError({ code: 'EENVELOPE', responseCode: 553, response: '553 Sender not owned', command: 'MAIL FROM' }, where).message).toMatch(/refused the sender.*--from/);
  });

  it('anything unknown is temporary (retried, then reported)', () => {
    expect(classifySmtpError(new Error('weird'), where)).toMatchObject({ kind: 'temporary', message: 'weird' });
    expect(classifySmtpError('string error', where).kind).toBe('temporary');
  });
});
