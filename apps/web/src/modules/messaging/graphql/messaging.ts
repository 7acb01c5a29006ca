import { gql } from 'urql';
import type { Message, MessageThread, SendMessageInput } from '../types';

const THREAD_FIELDS = gql`
  fragment ThreadFields on MessageThread {
    id
    needId
    needTitle
    buyer {
      id
      name
    }
    supplier {
      id
      name
    }
    consortium {
      id
      name
    }
    contact {
      name
      email
    }
    unreadCount
    lastMessageAt
    lastMessageExcerpt
    createdAt
  }
`;

const MESSAGE_FIELDS = gql`
  fragment MessageFields on Message {
    id
    threadId
    body
    mine
    authorName
    authorOrganizationId
    authorOrganizationName
    createdAt
    attachments {
      id
      name
      mimeType
      sizeBytes
      url
    }
  }
`;

export const MESSAGE_THREADS_QUERY = gql<{ messageThreads: MessageThread[] }, { needId: string | null }>`
  query MessageThreads($needId: ID) {
    messageThreads(needId: $needId) {
      ...ThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

/** The navigation's unread badge: only the counts. */
export const UNREAD_COUNTS_QUERY = gql<{ messageThreads: { id: string; unreadCount: number }[] }, Record<string, never>>`
  query UnreadMessageCounts {
    messageThreads {
      id
      unreadCount
    }
  }
`;

export const MESSAGE_THREAD_QUERY = gql<
  { messageThread: { thread: MessageThread; messages: { items: Message[]; total: number; page: number; perPage: number } } },
  { id: string; page: number; perPage: number }
>`
  query MessageThread($id: ID!, $page: Int!, $perPage: Int!) {
    messageThread(id: $id, page: $page, perPage: $perPage) {
      thread {
        ...ThreadFields
      }
      messages {
        total
        page
        perPage
        items {
          ...MessageFields
        }
      }
    }
  }
  ${THREAD_FIELDS}
  ${MESSAGE_FIELDS}
`;

export const SEND_MESSAGE_MUTATION = gql<{ sendMessage: { thread: MessageThread; message: Message } }, { input: SendMessageInput }>`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      thread {
        ...ThreadFields
      }
      message {
        ...MessageFields
      }
    }
  }
  ${THREAD_FIELDS}
  ${MESSAGE_FIELDS}
`;

export const MARK_THREAD_READ_MUTATION = gql<{ markThreadRead: { id: string; unreadCount: number } }, { input: { threadId: string } }>`
  mutation MarkThreadRead($input: ThreadIdInput!) {
    markThreadRead(input: $input) {
      id
      unreadCount
    }
  }
`;
