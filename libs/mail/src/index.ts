export { OutboxMessage, OutboxStatus } from './outbox/outbox-message.entity';
