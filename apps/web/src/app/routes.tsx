import { lazy, type JSX } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { Layout } from './Layout';

// Route-level code splitting: each page is its own chunk, loaded on first visit.
const HomePage = lazy(() => import('../modules/home/pages/HomePage'));
const NotFoundPage = lazy(() => import('../modules/home/pages/NotFoundPage'));
const SignUpPage = lazy(() => import('../modules/auth/pages/SignUpPage'));
const LoginPage = lazy(() => import('../modules/auth/pages/LoginPage'));
const LogoutPage = lazy(() => import('../modules/auth/pages/LogoutPage'));
const VerifyEmailPage = lazy(() => import('../modules/auth/pages/VerifyEmailPage'));
const ForgotPasswordPage = lazy(() => import('../modules/auth/pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../modules/auth/pages/ResetPasswordPage'));
const DashboardPage = lazy(() => import('../modules/dashboard/pages/DashboardPage'));
const CreateOrganizationPage = lazy(() => import('../modules/organizations/pages/CreateOrganizationPage'));
const MembersPage = lazy(() => import('../modules/organizations/pages/MembersPage'));
const AcceptInvitationPage = lazy(() => import('../modules/invitations/pages/AcceptInvitationPage'));
const SupplierPage = lazy(() => import('../modules/suppliers/pages/SupplierPage'));
const SupplierBackOfficePage = lazy(() => import('../modules/suppliers/pages/SupplierBackOfficePage'));
const ClaimSupplierPage = lazy(() => import('../modules/suppliers/pages/ClaimSupplierPage'));
const CheckSiretPage = lazy(() => import('../modules/suppliers/pages/CheckSiretPage'));
const SearchPage = lazy(() => import('../modules/search/pages/SearchPage'));
const FavouritesPage = lazy(() => import('../modules/favourites/pages/FavouritesPage'));
const ProofReviewPage = lazy(() => import('../modules/staff/pages/ProofReviewPage'));
const ClaimsReviewPage = lazy(() => import('../modules/staff/pages/ClaimsReviewPage'));
const NotificationsPage = lazy(() => import('../modules/notifications/pages/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('../modules/notifications/pages/NotificationPreferencesPage'));
const UnsubscribePage = lazy(() => import('../modules/notifications/pages/UnsubscribePage'));
const MyNeedsPage = lazy(() => import('../modules/needs/pages/MyNeedsPage'));
const NeedWizardPage = lazy(() => import('../modules/needs/pages/NeedWizardPage'));
const NeedPage = lazy(() => import('../modules/needs/pages/NeedPage'));
const OpportunitiesPage = lazy(() => import('../modules/needs/pages/OpportunitiesPage'));
const AlertsPage = lazy(() => import('../modules/alerts/pages/AlertsPage'));
// Issue 6: responses, consortia (groupements), partner calls and messages.
const RespondPage = lazy(() => import('../modules/responses/pages/RespondPage'));
const CompareResponsesPage = lazy(() => import('../modules/responses/pages/CompareResponsesPage'));
const MyConsortiaPage = lazy(() => import('../modules/consortia/pages/MyConsortiaPage'));
const NewConsortiumPage = lazy(() => import('../modules/consortia/pages/NewConsortiumPage'));
const ConsortiumPage = lazy(() => import('../modules/consortia/pages/ConsortiumPage'));
const ConsortiumEmailInvitationPage = lazy(() => import('../modules/consortia/pages/EmailInvitationPage'));
const PartnerCallsPage = lazy(() => import('../modules/consortia/pages/PartnerCallsPage'));
const ThreadsPage = lazy(() => import('../modules/messaging/pages/ThreadsPage'));
const NewThreadPage = lazy(() => import('../modules/messaging/pages/NewThreadPage'));
const ThreadPage = lazy(() => import('../modules/messaging/pages/ThreadPage'));
const NeedsSearchPage = lazy(() => import('../modules/needs-search/pages/NeedsSearchPage'));

const authed = (element: JSX.Element) => <RequireAuth>{element}</RequireAuth>;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="logout" element={<LogoutPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route
          path="dashboard"
          element={
            <RequireAuth>
              <DashboardPage />
            </RequireAuth>
          }
        />
        <Route
          path="organizations/new"
          element={
            <RequireAuth>
              <CreateOrganizationPage />
            </RequireAuth>
          }
        />
        <Route
          path="organizations/:organizationId/members"
          element={
            <RequireAuth>
              <MembersPage />
            </RequireAuth>
          }
        />
        <Route path="recherche" element={<SearchPage />} />
        {/* Static segment first: /fournisseurs/revendiquer is not a supplier id. */}
        <Route path="fournisseurs/revendiquer" element={authed(<ClaimSupplierPage />)} />
        <Route path="fournisseurs/:id" element={<SupplierPage />} />
        <Route path="mon-espace/fournisseur" element={authed(<SupplierBackOfficePage />)} />
        <Route path="mon-espace/favoris" element={authed(<FavouritesPage />)} />
        <Route path="verifier-siret" element={authed(<CheckSiretPage />)} />
        <Route path="staff/justificatifs" element={authed(<ProofReviewPage />)} />
        <Route path="staff/revendications" element={authed(<ClaimsReviewPage />)} />
        <Route path="notifications" element={authed(<NotificationsPage />)} />
        <Route path="mon-espace/notifications" element={authed(<NotificationPreferencesPage />)} />
        {/* The emailed unsubscribe link works without logging in. */}
        <Route path="desabonnement" element={<UnsubscribePage />} />
        <Route path="besoins" element={authed(<MyNeedsPage />)} />
        <Route path="besoins/nouveau" element={authed(<NeedWizardPage />)} />
        <Route path="besoins/:id/modifier" element={authed(<NeedWizardPage />)} />
        {/* Published public needs are readable without logging in (the API decides). */}
        <Route path="besoins/:id" element={<NeedPage />} />
        <Route path="mes-opportunites" element={authed(<OpportunitiesPage />)} />
        {/* The published needs, searchable by anyone (suppliers mostly). */}
        <Route path="appels" element={<NeedsSearchPage />} />
        {/* /alertes?<the /recherche query> offers to save that search. */}
        <Route path="alertes" element={authed(<AlertsPage />)} />
        <Route path="besoins/:id/lots/:lotId/repondre" element={authed(<RespondPage />)} />
        <Route path="besoins/:id/reponses" element={authed(<CompareResponsesPage />)} />
        {/* Static segments win over :id (nouveau, invitation: the emailed link). */}
        <Route path="groupements" element={authed(<MyConsortiaPage />)} />
        <Route path="groupements/nouveau" element={authed(<NewConsortiumPage />)} />
        <Route path="groupements/invitation" element={authed(<ConsortiumEmailInvitationPage />)} />
        <Route path="groupements/:id" element={authed(<ConsortiumPage />)} />
        <Route path="bourse-cotraitance" element={authed(<PartnerCallsPage />)} />
        <Route path="messages" element={authed(<ThreadsPage />)} />
        <Route path="messages/nouveau" element={authed(<NewThreadPage />)} />
        <Route path="messages/:threadId" element={authed(<ThreadPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
