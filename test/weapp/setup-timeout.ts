// Fixtures upload photos through the real ingest (a server-side re-encode each): on a shared,
// busy machine a beforeAll that files three filings can outlast jest's 5 s default.
jest.setTimeout(30_000)
