// Hand-written TypeScript mirror of the messaging part of the GraphQL contract (issue 6).
export interface ThreadParty {
  id: string;
  name: string;
}

export interface MessageThread {
  id: string;
  needId: string;
  needTitle: string;
  buyer: ThreadParty;
  supplier: ThreadParty;
  consortium: ThreadParty | null;
  contact: { name: string; email: string }[] | null;
  unreadCount: number;
  lastMessageAt: string | null;
  lastMessageExcerpt: string | null;
  createdAt: string;
}

export interface Message {
  id: string;
  threadId: string;
  body: string;
  mine: boolean;
  authorName: string;
  authorOrganizationId: string;
  authorOrganizationName: string;
  createdAt: string;
  attachments: { id: string; name: string; mimeType: string; sizeBytes: number; url: string }[];
}

export interface SendMessageInput {
  needId: string;
  body: string;
  threadId?: string | null;
  supplierOrganizationId?: string | null;
  consortiumId?: string | null;
  attachmentFileIds?: string[];
}
