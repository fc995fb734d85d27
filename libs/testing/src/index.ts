export { GraphqlClient, type GraphqlResult, type CallOptions } from './graphql-client';
export { SmtpPeer, type ReceivedMail } from './smtp-peer';
export { createPrivateDatabase, type PrivateDatabase } from './private-database';
export { TEST_ADMIN_URL, testDatabaseUrls } from './test-env';
export { tokenIn } from './mail-link';
