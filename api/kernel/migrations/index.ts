import type { SchemaMigrations } from '../src/migrations.js';
import { m001Core } from './001_core.js';
import { m002Requests } from './002_requests.js';
import { m003Activation } from './003_activation.js';
import { m004RequestAnswers } from './004_request_answers.js';
import { m005ContactChannels } from './005_contact_channels.js';
import { m006AttachmentOrder } from './006_attachment_order.js';
import { m007BackOffice } from './007_back_office.js';
import { m008WidgetTokens } from './008_widget_tokens.js';
import { m009LoginIndex } from './009_login_index.js';
import { m010UploadOwner } from './010_upload_owner.js';
import { m011WidgetScopes } from './011_widget_scopes.js';
import { m012ActivationByPost } from './012_activation_by_post.js';
import { m013Idempotency } from './013_idempotency.js';
import { m014OutboxExpiry } from './014_outbox_expiry.js';
import { m015RequestStatuses } from './015_request_statuses.js';
import { m016RequestWithdrawal } from './016_request_withdrawal.js';
import { m017MemberSearch } from './017_member_search.js';
import { m018ProcessingEstimates } from './018_processing_estimates.js';
import { m019DataExports } from './019_data_exports.js';
import { m020LiveEvents } from './020_live_events.js';
import { m021SecondFactor } from './021_second_factor.js';
import { m022IdentityLinks } from './022_identity_links.js';
import { m023IdentityFlowReturn } from './023_identity_flow_return.js';
import { m024NeutralLoginStep } from './024_neutral_login_step.js';
import { m025MemberLocale } from './025_member_locale.js';

export const coreMigrations: SchemaMigrations = {
  schema: 'core',
  migrations: {
    '001_core': m001Core,
    '002_requests': m002Requests,
    '003_activation': m003Activation,
    '004_request_answers': m004RequestAnswers,
    '005_contact_channels': m005ContactChannels,
    '006_attachment_order': m006AttachmentOrder,
    '007_back_office': m007BackOffice,
    '008_widget_tokens': m008WidgetTokens,
    '009_login_index': m009LoginIndex,
    '010_upload_owner': m010UploadOwner,
    '011_widget_scopes': m011WidgetScopes,
    '012_activation_by_post': m012ActivationByPost,
    '013_idempotency': m013Idempotency,
    '014_outbox_expiry': m014OutboxExpiry,
    '015_request_statuses': m015RequestStatuses,
    '016_request_withdrawal': m016RequestWithdrawal,
    '017_member_search': m017MemberSearch,
    '018_processing_estimates': m018ProcessingEstimates,
    '019_data_exports': m019DataExports,
    '020_live_events': m020LiveEvents,
    '021_second_factor': m021SecondFactor,
    '022_identity_links': m022IdentityLinks,
    '023_identity_flow_return': m023IdentityFlowReturn,
    '024_neutral_login_step': m024NeutralLoginStep,
    '025_member_locale': m025MemberLocale,
  },
};
