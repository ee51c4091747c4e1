import request from 'supertest';
import { appHarness, expectNoStackTrace } from './support/app-harness';
import { ApiOptionsSchema, HealthSchema } from '../../server/api/response-schemas';

describe('options, health, OpenAPI', () => {
  let harness: Awaited<ReturnType<typeof appHarness>>;
  beforeAll(async () => {
    harness = await appHarness();
  });
  afterAll(() => harness.close());

  it('lists the choices a person has and which providers are active', async () => {
    const answer = await request(harness.app).get('/api/options').expect(200);
    const options = ApiOptionsSchema.parse(answer.body);
    expect(options.languages).toEqual([{ tag: 'en', name: 'English' }]);
    expect(options.voices.map((voice) => voice.id)).toEqual(['tone']);
    expect(options.styles).toContain('watercolour');
    expect(options.sizes).toContainEqual({ id: 'landscape', width: 1280, height: 720 });
    expect(options.formats).toEqual(['web', 'pdf', 'mp4', 'epub']);
    expect(options.providers.find((choice) => choice.capability === 'illustrator')).toMatchObject({ provider: 'synthetic', model: 'colour' });
  });

  it('reports health and how busy the runner is', async () => {
    const answer = await request(harness.app).get('/api/health').expect(200);
    expect(HealthSchema.parse(answer.body).jobs).toEqual({ running: 0, queued: 0, concurrency: 2, accepting: true });
  });

  it('describes itself in OpenAPI 3.1, from the schemas that check requests', async () => {
    const answer = await request(harness.app).get('/api/openapi.json').expect(200);
    const document = answer.body;
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/books', '/api/books/{id}', '/api/books/{id}/files/{path}', '/api/options']));
    const body = document.paths['/api/books'].post.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.style.enum).toEqual(['picture-book', 'flat', 'watercolour', 'silhouette']);
    expect(body.properties.scenes).toMatchObject({ type: 'integer', minimum: 1, maximum: 60 });
    const limit = document.paths['/api/books'].get.parameters.find((parameter: { name: string }) => parameter.name === 'limit');
    expect(limit.schema).toMatchObject({ maximum: 100, default: 20 });
    const events = document.components.schemas.BookEvent.oneOf ?? document.components.schemas.BookEvent.anyOf;
    expect(events.map((event: { properties: { type: { const: string } } }) => event.properties.type.const)).toContain('scene:illustrated');
  });

  it('turns an unexpected failure into a plain 500 that hides the details', async () => {
    const failing = await appHarness({
      catalog: { options: async () => { throw new Error('ENOENT /secret/path/voices.json'); }, check: async () => undefined },
    });
    const answer = await request(failing.app).get('/api/options').expect(500);
    expect(answer.body).toEqual({ error: { code: 'internal', message: 'something went wrong inside Storyloom; the details are in the server log' } });
    expect(answer.text).not.toContain('secret');
    expectNoStackTrace(answer.text);
    expect(failing.logs.join('\n')).toContain('/secret/path/voices.json');
    await failing.close();
  });
});
