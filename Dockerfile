# syntax=docker/dockerfile:1
# One image for every Essor process (api, worker, migrate, web preview). docker-compose.yml picks the
# command. TypeScript runs directly through SWC (tools/register.js), so the API has no build step;
# the web app is built with Vite at image build time and served by `vite preview`.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
# No install scripts: package.json "allowScripts" denies them all (native binaries come as optional deps).
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS app
COPY . .
RUN npx vite build --config apps/web/vite.config.ts
ENV NODE_ENV=production
USER node
EXPOSE 3000 3001 5173
CMD ["node", "-r", "./tools/register.js", "apps/api/src/main.ts"]
