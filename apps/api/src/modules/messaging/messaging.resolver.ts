import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Actor, CurrentActor, Policy } from '../../core/auth';
import { MessageThreadArgs, MessageThreadsArgs, SendMessageInput, ThreadIdInput } from './dto/messaging.inputs';
import { MessageThreadDetailModel, MessageThreadModel, SendMessagePayload } from './models/messaging.models';
import { MessagingService } from './messaging.service';

@Resolver(() => MessageThreadModel)
export class MessagingResolver {
  constructor(private readonly messaging: MessagingService) {}

  @Query(() => [MessageThreadModel], { description: "The active organisation's threads (buyer: its needs'; supplier: its own and its consortia's), most recent first" })
  @Policy(Access.AUTHENTICATED)
  messageThreads(@CurrentActor() actor: Actor, @Args() args: MessageThreadsArgs) {
    return this.messaging.threads(actor, args.needId);
  }

  @Query(() => MessageThreadDetailModel, { description: 'One thread with a page of its messages (page 1: the most recent)' })
  @Policy(Access.AUTHENTICATED)
  messageThread(@CurrentActor() actor: Actor, @Args() args: MessageThreadArgs) {
    return this.messaging.thread(actor, args);
  }

  @Mutation(() => SendMessagePayload, { description: 'Writes in a thread, starting it if needed (the other side is notified)' })
  @Policy(Access.VERIFIED)
  sendMessage(@CurrentActor() actor: Actor, @Args('input') input: SendMessageInput) {
    return this.messaging.send(actor, input);
  }

  @Mutation(() => MessageThreadModel, { description: "Marks the thread read for the caller's active organisation" })
  @Policy(Access.AUTHENTICATED)
  markThreadRead(@CurrentActor() actor: Actor, @Args('input') input: ThreadIdInput) {
    return this.messaging.markThreadRead(actor, input.threadId);
  }
}
