import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../core/index.ts';
import { fetchArticle, isPrivateAddress } from './fetch-article.ts';

let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body><p>Hello “world”</p></body></html>');
    } else if (request.url === '/moved') {
      response.writeHead(302, { location: '/article' });
      response.end();
    } else if (request.url === '/pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.7');
    } else if (request.url === '/big') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('x'.repeat(5000));
    } else if (request.url === '/slow') {
      setTimeout(() => response.end('late'), 2000).unref();
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const allow = { allowPrivate: true, timeoutMs: 1000, maxBytes: 1000 };

describe('fetchArticle', () => {
  it('refuses a loopback address unless private networks are allowed', async () => {
    await assert.rejects(
      fetchArticle(`${base}/article`, { ...allow, allowPrivate: false }),
      /private address 127\.0\.0\.1/,
    );
  });

  it('fetches a page and follows a redirect on loopback when allowed', async () => {
    const page = await fetchArticle(`${base}/moved`, allow);
    assert.equal(page.url, `${base}/article`);
    assert.match(page.contentType, /text\/html/);
    assert.match(Buffer.from(page.bytes).toString('utf8'), /Hello “world”/);
  });

  it('refuses a PDF by its content type', async () => {
    await assert.rejects(
      fetchArticle(`${base}/pdf`, allow),
      (e) => isAppError(e, 'INPUT_UNREADABLE') && /application\/pdf/.test(e.message),
    );
  });

  it('stops reading past the size limit', async () => {
    await assert.rejects(fetchArticle(`${base}/big`, allow), /larger than 1000 bytes/);
  });

  it('gives up after the timeout', async () => {
    await assert.rejects(
      fetchArticle(`${base}/slow`, { ...allow, timeoutMs: 200 }),
      /did not answer within 200 ms/,
    );
  });

  it('refuses schemes other than http and https', async () => {
    await assert.rejects(fetchArticle('file:///etc/passwd', allow), /Only http and https/);
  });
});

describe('isPrivateAddress', () => {
  it('knows loopback, private, link-local and mapped addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.1.1',
      '172.16.5.5',
      '169.254.169.254',
      '::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      'fd00::1',
      '::ffff:7f00:1',
      '::127.0.0.1',
      '::ffff:0:10.0.0.1',
      '64:ff9b::127.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '64:ff9b:1::8.8.8.8',
      '2002:c0a8:101::1',
      '2001:0:4136:e378::1',
    ])
      assert.equal(isPrivateAddress(address), true, address);
    for (const address of [
      '8.8.8.8',
      '151.101.1.69',
      '2606:4700::1111',
      '64:ff9b::8.8.8.8',
      '2002:808:808::1',
    ])
      assert.equal(isPrivateAddress(address), false, address);
  });
});
