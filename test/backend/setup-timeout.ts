// A test's time limit is only the net under a state that never comes. Handlers here run the real
// ingest, exceljs and SQLite: on a shared machine whose two cores are busy with builds, one test
// that takes 0.5 s alone can outlast jest's 5 s default (seen: the directory export at load 25).
jest.setTimeout(30_000)
